package org.ssaplanner.concurrence.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.WorkCount;

/** On a concurrence official's home page: the open requests that wait for their agency's answer. */
@Configuration(proxyBeanMethods = false)
class ConcurrenceHomeSection {

    @Bean
    PageSection concurrenceAwaitingHomeCard(ConcurrenceService concurrence) {
        return PageSection.of(PageSection.HOME, 15, "fragments/home-work", "card",
                userId -> concurrence.awaitingMyAgency()
                        .map(count -> new WorkCount("concurrence.home.title", "concurrence.home.text", count, false,
                                "/plans?status=INTERAGENCY_REVIEW"))
                        .orElse(null));
    }
}
