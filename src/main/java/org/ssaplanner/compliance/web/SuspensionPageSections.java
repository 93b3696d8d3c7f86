package org.ssaplanner.compliance.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.compliance.ProgramAlarm;
import org.ssaplanner.compliance.SuspensionService;
import org.ssaplanner.compliance.SuspensionView;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.WorkCount;

/**
 * A blocking finding on an active program is an alarm (issue 13, item 2): at the top of the program and plan
 * pages, on the home page of those who answer for the program, and the program's suspensions of assistance.
 */
@Configuration(proxyBeanMethods = false)
class SuspensionPageSections {

    @Bean
    PageSection programAlarmSection(SuspensionService suspensions) {
        return PageSection.of(PageSection.PROGRAM_ALERTS, 10, "compliance/alarms", "program-alarm",
                programId -> suspensions.alarm(programId).orElse(null));
    }

    @Bean
    PageSection programSuspensionsSection(SuspensionService suspensions) {
        return PageSection.of(PageSection.PROGRAM, 11, "compliance/alarms", "program-suspensions", programId -> {
            List<SuspensionView> all = suspensions.suspensionsOf(programId);
            return all.isEmpty() ? null : new Suspensions(all);
        });
    }

    @Bean
    PageSection planAlarmSection(SuspensionService suspensions) {
        return PageSection.of(PageSection.PLAN_ALERTS, 10, "compliance/alarms", "plan-alarm", planId -> {
            List<ProgramAlarm> alarms = suspensions.planAlarms(planId);
            return alarms.isEmpty() ? null : new PlanAlarms(alarms);
        });
    }

    /**
     * On the home page of a planner who answers for an active program that a blocking finding holds (its lead
     * agency's planners, its plan's conductor) and of administrators: how many, and the way to it (one) or to the
     * blocking findings of active programs (several; that list is portfolio-wide, the count is the user's).
     */
    @Bean
    PageSection alarmHomeSection(SuspensionService suspensions) {
        return PageSection.of(PageSection.HOME, 5, "fragments/home-work", "card",
                userId -> CurrentUsers.current().filter(user -> user.hasRole(Role.PLANNER) || user.hasRole(Role.ADMIN))
                        .map(suspensions::alarmsFor).filter(ids -> !ids.isEmpty())
                        .map(ids -> new WorkCount("suspension.home.title", "suspension.home.text", ids.size(), false,
                                ids.size() == 1 ? "/programs/" + ids.get(0)
                                        : "/compliance?severity=BLOCKING&programStatus=ACTIVE"))
                        .orElse(null));
    }

    record Suspensions(List<SuspensionView> all) {
    }

    record PlanAlarms(List<ProgramAlarm> alarms) {
    }
}
