package org.ssaplanner.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the sections other modules contribute to a record page, ready for the template. */
@Component
public class PageSections {

    private final ObjectProvider<PageSection> sections;

    PageSections(ObjectProvider<PageSection> sections) {
        this.sections = sections;
    }

    public List<Rendered> render(String page, long recordId) {
        return sections.orderedStream()
                .filter(section -> section.page().equals(page))
                .sorted(Comparator.comparingInt(PageSection::order))
                .map(section -> new Rendered(section.template(), section.fragment(), section.data(recordId)))
                .toList();
    }

    /**
     * The page's sections, those with a heading as placeholders to load on demand ({@link #renderOne}) and the others
     * rendered now: a record page then costs its own reads, and a section's reads are paid by the readers who scroll to
     * it.
     */
    public List<Rendered> renderDeferring(String page, long recordId) {
        return sections.orderedStream()
                .filter(section -> section.page().equals(page))
                .sorted(Comparator.comparingInt(PageSection::order))
                .map(section -> section.headingKey() == null
                        ? new Rendered(section.template(), section.fragment(), section.data(recordId))
                        : new Rendered(section.template(), section.fragment(), null, section.headingKey(), true))
                .toList();
    }

    /**
     * One section of a page loaded on demand, for one record, by its fragment's name; empty if the page has no such
     * section or only renders it with the page (no heading to show in its place).
     */
    public Optional<Rendered> renderOne(String page, String fragment, long recordId) {
        return sections.orderedStream()
                .filter(section -> section.page().equals(page) && section.fragment().equals(fragment)
                        && section.headingKey() != null)
                .findFirst()
                .map(section -> new Rendered(section.template(), section.fragment(), section.data(recordId),
                        section.headingKey(), false));
    }

    /**
     * A section ready for the template: its data, or when {@code deferred} a placeholder showing the heading
     * ({@code headingKey}, a message key) whose data is read when it is loaded.
     */
    public record Rendered(String template, String fragment, Object data, String headingKey, boolean deferred) {

        public Rendered(String template, String fragment, Object data) {
            this(template, fragment, data, null, false);
        }
    }
}
