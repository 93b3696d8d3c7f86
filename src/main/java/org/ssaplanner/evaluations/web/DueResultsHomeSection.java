package org.ssaplanner.evaluations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.ssaplanner.evaluations.DueResultsService;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.WorkCount;

/** On an evaluator's home page: the results due (periods ended with no actual), theirs to record. */
@Configuration(proxyBeanMethods = false)
class DueResultsHomeSection {

    @Bean
    PageSection resultsDueHomeSection(DueResultsService due) {
        return PageSection.of(PageSection.HOME, 30, "fragments/home-work", "card",
                userId -> CurrentUsers.current().filter(user -> user.hasRole(Role.EVALUATOR))
                        .map(user -> WorkCount.of("results.due.home.title", "results.due.home.text",
                                due.due(DueResultsService.defaultOrder(), PageRequest.of(0, 1)), "/results/due"))
                        .orElse(null));
    }
}
