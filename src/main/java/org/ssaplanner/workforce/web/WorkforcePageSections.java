package org.ssaplanner.workforce.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.workforce.CapacityService;

/**
 * On the plan page and on its review (the concurrence panel): the plan's workforce shortfalls per fiscal year, linking
 * to {@code /plans/{id}/workforce}.
 */
@Configuration(proxyBeanMethods = false)
class WorkforcePageSections {

    @Bean
    PageSection planWorkforceSection(CapacityService capacity) {
        return PageSection.of(PageSection.PLAN, 8, "workforce/sections", "plan-workforce", "workforce.plan.heading",
                capacity::capacity);
    }

    /** The same shortfalls on the plan's interagency review (concurrence panel), which does not depend on this module. */
    @Bean
    PageSection planReviewWorkforceSection(CapacityService capacity) {
        return PageSection.of(PageSection.PLAN_REVIEW, 10, "workforce/sections", "plan-workforce", capacity::capacity);
    }
}
