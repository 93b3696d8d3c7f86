package org.ssaplanner.portfolio.web;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.portfolio.AssessmentService;
import org.ssaplanner.portfolio.Decision;
import org.ssaplanner.portfolio.ProgramAssessment;
import org.ssaplanner.portfolio.ReviewService;
import org.ssaplanner.shared.web.PageSection;

/**
 * On the program page: its recommendation with the reasons and its priority's derivation, and every portfolio
 * decision taken on it (two statements). On the plan page: the latest decision on each of its programs, overdue ones
 * flagged, and the links to its priorities and reviews (one statement).
 */
@Configuration(proxyBeanMethods = false)
class PortfolioPageSections {

    record ProgramPortfolio(long programId, Optional<ProgramAssessment> assessment, List<Decision> decisions) {

        public ProgramAssessment current() {
            return assessment.orElse(null);
        }
    }

    record PlanPortfolio(long planId, List<Decision> decisions) {

        public long overdue() {
            return decisions.stream().filter(Decision::overdue).count();
        }
    }

    @Bean
    PageSection programPortfolioSection(AssessmentService assessments, ReviewService reviews) {
        return PageSection.of(PageSection.PROGRAM, 45, "portfolio/sections", "program-portfolio",
                id -> new ProgramPortfolio(id, assessments.assessment(id), reviews.decisionsOfProgram(id)));
    }

    @Bean
    PageSection planPortfolioSection(ReviewService reviews) {
        return PageSection.of(PageSection.PLAN, 9, "portfolio/sections", "plan-portfolio",
                "portfolio.section.plan.heading",
                id -> new PlanPortfolio(id, reviews.latestDecisionsOfPlan(id)));
    }
}
