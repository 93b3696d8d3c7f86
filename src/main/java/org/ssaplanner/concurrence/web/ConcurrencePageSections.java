package org.ssaplanner.concurrence.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.shared.web.PageSection;

/**
 * The concurrence summary at the top of the plan page (issue 14): how many agencies concurred, each agency's answer,
 * the due date and overdue requests, the decisions over objections (for good), and the way to the panel.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrencePageSections {

    @Bean
    PageSection planConcurrenceSection(ConcurrenceService concurrence) {
        return PageSection.of(PageSection.PLAN_ALERTS, 20, "concurrence/sections", "plan-concurrence",
                concurrence::summary);
    }

    /** Invitations to take part whose acceptance is pending (issue 14, section 2), next to the concurrence. */
    @Bean
    PageSection planInvitationsSection(ConcurrenceService concurrence) {
        return PageSection.of(PageSection.PLAN_ALERTS, 21, "concurrence/sections", "plan-invitations",
                concurrence::pendingInvitations);
    }
}
