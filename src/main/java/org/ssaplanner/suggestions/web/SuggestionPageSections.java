package org.ssaplanner.suggestions.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.suggestions.SuggestionService;

/**
 * Who else could help: a panel on the plan page (its strongest suggestions, a link to all), and on the page of a
 * partner country without a plan.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionPageSections {

    @Bean
    PageSection planSuggestionsSection(SuggestionService suggestions) {
        return PageSection.of(PageSection.PLAN, 6, "suggestions/sections", "plan-suggestions", "suggestion.heading",
                suggestions::forPlan);
    }

    @Bean
    PageSection countrySuggestionsSection(SuggestionService suggestions) {
        return PageSection.of(PageSection.COUNTRY, 10, "suggestions/sections", "country-suggestions",
                suggestions::forCountry);
    }
}
