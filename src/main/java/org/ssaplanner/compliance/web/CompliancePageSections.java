package org.ssaplanner.compliance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                programId -> {
                    List<Finding> found = findings.findingsFor(programId);
                    return new ProgramFindings(programId, found, findings.relievableRestrictionIds(found));
                });
    }

    @Bean
    PageSection planFindingsSection(FindingQueryService findings, ProgramFactsService programs) {
        return PageSection.of(PageSection.PLAN, 10, "compliance/sections", "plan-findings", "section.compliance.plan.heading", planId -> {
            Map<Long, List<Finding>> byProgram = findings.findingsForPlan(planId);
            Map<Long, String> titles = programs.titles(byProgram.keySet());
            Map<Long, String> statuses = byProgram.isEmpty() ? Map.of() : findings.statusesForPlan(planId);
            // blocked programs by their state: the banner says what a block means for each (issue 13, item 2)
            Map<String, Long> blockedByState = new LinkedHashMap<>();
            List.of("proposed", "active", "suspended", "other").forEach(state -> blockedByState.put(state, 0L));
            byProgram.forEach((programId, list) -> {
                if (count(list, FindingSeverity.BLOCKING) > 0) {
                    blockedByState.merge(state(statuses.get(programId)), 1L, Long::sum);
                }
            });
            List<PlanFindingsRow> rows = byProgram.entrySet().stream()
                    .map(e -> new PlanFindingsRow(e.getKey(), titles.getOrDefault(e.getKey(), "#" + e.getKey()),
                            count(e.getValue(), FindingSeverity.BLOCKING), count(e.getValue(), FindingSeverity.WARNING),
                            e.getValue().size()))
                    .sorted((a, b) -> Long.compare(b.blocking(), a.blocking()))
                    .toList();
            blockedByState.values().removeIf(n -> n == 0);
            return new PlanFindings(rows, rows.stream().mapToLong(PlanFindingsRow::blocking).sum(), blockedByState);
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

    private static String state(String status) {
        if (status == null || status.equals("PROPOSED")) {
            return "proposed";
        }
        return switch (status) {
            case "ACTIVE" -> "active";
            case "SUSPENDED" -> "suspended";
            default -> "other";
        };
    }

    private static long count(List<Finding> findings, FindingSeverity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** @param relievable the restrictions a waiver or exception can be requested for */
    record ProgramFindings(long programId, List<Finding> findings, Set<Long> relievable) {
    }

    /** @param blockedByState programs with a blocking finding per state: proposed, active, suspended, other */
    record PlanFindings(List<PlanFindingsRow> rows, long blocking, Map<String, Long> blockedByState) {
    }

    record PlanFindingsRow(long programId, String title, long blocking, long warnings, long total) {
    }
}
