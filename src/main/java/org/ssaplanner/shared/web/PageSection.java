package org.ssaplanner.shared.web;

import java.util.function.LongFunction;

/**
 * A section another module contributes to a record page (the program or plan page), so that the
 * page's module need not depend on the contributing one. The template fragment sees the section's
 * data as the variable {@code data}.
 */
public interface PageSection {

    /** The page this section belongs on, e.g. {@link #PROGRAM} or {@link #PLAN}. */
    String page();

    /** Position on the page; lower comes first. */
    int order();

    /** Template name and fragment selector, e.g. {@code compliance/sections} and {@code program}. */
    String template();

    String fragment();

    /** The model of the section for one record, read with the signed-in user's rights. */
    Object data(long recordId);

    /**
     * The message key of the section's heading when the page loads the section on demand (its placeholder shows the
     * heading and a link to the section); {@code null} for a section always rendered with its page.
     */
    default String headingKey() {
        return null;
    }

    String PROGRAM = "program";
    String PLAN = "plan";
    /** Alerts at the top of the program page (before its facts), e.g. a blocking finding on an active program. */
    String PROGRAM_ALERTS = "program-alerts";
    /** Alerts at the top of the plan page. */
    String PLAN_ALERTS = "plan-alerts";
    /** A partner country's page ({@code /countries/{iso3}}): the record is the country (its id in reference data). */
    String COUNTRY = "country";
    /**
     * A plan's interagency review, the concurrence panel ({@code /plans/{id}/concurrence}): the record is the plan.
     * Sections show reviewers what they weigh beside the plan (e.g. the workforce shortfalls).
     */
    String PLAN_REVIEW = "plan-review";
    /** The home page: the record is the signed-in user (its id); sections show that user's work, or nothing. */
    String HOME = "home";

    static PageSection of(String page, int order, String template, String fragment, LongFunction<Object> data) {
        return of(page, order, template, fragment, null, data);
    }

    /**
     * A section its page may load on demand, once the reader scrolls to it ({@link PageSections#renderDeferring}): its
     * placeholder shows the heading {@code headingKey}.
     */
    static PageSection of(String page, int order, String template, String fragment, String headingKey,
            LongFunction<Object> data) {
        return new PageSection() {
            @Override
            public String page() {
                return page;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String template() {
                return template;
            }

            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public Object data(long recordId) {
                return data.apply(recordId);
            }

            @Override
            public String headingKey() {
                return headingKey;
            }
        };
    }
}
