package org.ssaplanner.compliance.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.ssaplanner.compliance.Finding;
import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.WorkCount;

/** Findings on the program page, and their roll-up per program on the plan page. */
@Configuration(proxyBeanMethods = false)
class CompliancePageSections {

    @Bean
    PageSection programFindingsSection(FindingQueryService findings) {
        return PageSection.of(PageSection.PROGRAM, 10, "compliance/sections", "program-findings",
                programId -> new ProgramFindings(programId, findings.findingsFor(programId)));
    }

    @Bean
    PageSection planFindingsSection(FindingQueryService findings, ProgramFactsService programs) {
        return PageSection.of(PageSection.PLAN, 10, "compliance/sections", "plan-findings", planId -> {
            Map<Long, List<Finding>> byProgram = findings.findingsForPlan(planId);
            Map<Long, String> titles = programs.titles(byProgram.keySet());
            List<PlanFindingsRow> rows = byProgram.entrySet().stream()
                    .map(e -> new PlanFindingsRow(e.getKey(), titles.getOrDefault(e.getKey(), "#" + e.getKey()),
                            count(e.getValue(), FindingSeverity.BLOCKING), count(e.getValue(), FindingSeverity.WARNING),
                            e.getValue().size()))
                    .sorted((a, b) -> Long.compare(b.blocking(), a.blocking()))
                    .toList();
            return new PlanFindings(rows, rows.stream().mapToLong(PlanFindingsRow::blocking).sum());
        });
    }

    /** On a planner's home page: the findings that block programs, which planners resolve (waiver, exception, change). */
    @Bean
    PageSection blockingFindingsHomeSection(FindingQueryService findings) {
        return PageSection.of(PageSection.HOME, 20, "fragments/home-work", "card",
                userId -> CurrentUsers.current().filter(user -> user.hasRole(Role.PLANNER))
                        .map(user -> WorkCount.of("finding.home.title", "finding.home.text",
                                findings.search(new FindingFilter(null, null, FindingSeverity.BLOCKING, null),
                                        PageRequest.of(0, 1)),
                                "/compliance?severity=" + FindingSeverity.BLOCKING.name()))
                        .orElse(null));
    }

    private static long count(List<Finding> findings, FindingSeverity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    record ProgramFindings(long programId, List<Finding> findings) {
    }

    record PlanFindings(List<PlanFindingsRow> rows, long blocking) {
    }

    record PlanFindingsRow(long programId, String title, long blocking, long warnings, long total) {
    }
}
