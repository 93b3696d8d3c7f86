package org.ssaplanner.workforce.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.workforce.CapacityService;

/** On the plan page: the plan's workforce shortfalls per fiscal year, linking to {@code /plans/{id}/workforce}. */
@Configuration(proxyBeanMethods = false)
class WorkforcePageSections {

    @Bean
    PageSection planWorkforceSection(CapacityService capacity) {
        return PageSection.of(PageSection.PLAN, 8, "workforce/sections", "plan-workforce", capacity::capacity);
    }
}
