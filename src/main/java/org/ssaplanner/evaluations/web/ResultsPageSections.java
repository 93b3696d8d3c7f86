package org.ssaplanner.evaluations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.shared.web.PageSection;

/** The results summary on the program page and the outcome evidence on the plan page. */
@Configuration(proxyBeanMethods = false)
class ResultsPageSections {

    @Bean
    PageSection programResultsSection(IndicatorService indicators) {
        return PageSection.of(PageSection.PROGRAM, 20, "evaluations/sections", "program-results",
                indicators::resultsSummary);
    }

    @Bean
    PageSection planOutcomeEvidenceSection(IndicatorService indicators) {
        return PageSection.of(PageSection.PLAN, 20, "evaluations/sections", "plan-evidence",
                "evidence.outcome.heading",
                indicators::outcomeEvidence);
    }
}
