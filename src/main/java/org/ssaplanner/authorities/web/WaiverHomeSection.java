package org.ssaplanner.authorities.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.ssaplanner.authorities.WaiverFilter;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.WorkCount;

/** On an administrator's home page: the waivers and exception claims that wait for a decision (theirs to take). */
@Configuration(proxyBeanMethods = false)
class WaiverHomeSection {

    @Bean
    PageSection waiversAwaitingDecisionSection(WaiverService waivers) {
        return PageSection.of(PageSection.HOME, 10, "fragments/home-work", "card",
                userId -> CurrentUsers.current().filter(user -> user.hasRole(Role.ADMIN))
                        .map(user -> WorkCount.of("waiver.home.title", "waiver.home.text",
                                waivers.search(new WaiverFilter(null, null, WaiverStatus.REQUESTED, null),
                                        PageRequest.of(0, 1)),
                                "/waivers?status=" + WaiverStatus.REQUESTED.name()))
                        .orElse(null));
    }
}
