package org.ssaplanner.countryteam.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.countryteam.CountryTeamService;
import org.ssaplanner.shared.web.PageSection;

/** On the plan page: the country team of the plan's country and the plan's points of contact among them. */
@Configuration(proxyBeanMethods = false)
class CountryTeamPageSections {

    @Bean
    PageSection planCountryTeamSection(CountryTeamService team) {
        return PageSection.of(PageSection.PLAN, 5, "countryteam/sections", "plan-team", "team.plan.heading", team::planTeam);
    }
}
