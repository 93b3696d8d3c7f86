package org.ssaplanner.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.programs.ProgramStatus;

/** Issue 13, item 2: which restrictions turn on a unit's human-rights record or can be relieved, and the alarm states. */
class SuspensionRulesTests {

    @Test
    void aRestrictionTurnsOnTheUnitRecordWhenItsConditionNamesTheCredibleViolation() {
        assertThat(SuspensionService.turnsOnUnitRecord(restriction(false,
                "unit.credible_hr_violation and authority.statute = TITLE_10"))).isTrue();
        assertThat(SuspensionService.turnsOnUnitRecord(restriction(false,
                "authority.expired or not (unit.credible_hr_violation)"))).isTrue();
        assertThat(SuspensionService.turnsOnUnitRecord(restriction(false, "authority.expired"))).isFalse();
        assertThat(SuspensionService.turnsOnUnitRecord(restriction(false, "unit.hr_under_review"))).isFalse();
        assertThat(SuspensionService.turnsOnUnitRecord(restriction(false, "this does not parse ((("))).isFalse();
    }

    @Test
    void onlyAWaivableRestrictionOrOneWithExceptionsCanBeRelieved() {
        assertThat(SuspensionService.relievable(restriction(true, "authority.expired"))).isTrue();
        assertThat(SuspensionService.relievable(restriction(false, "authority.expired"))).isFalse();
        RestrictionDetail excepted = new RestrictionDetail(1, 0, "X", "c", "t", "s", false, null,
                RestrictionSeverity.BLOCKING, "authority.expired",
                List.of(new RestrictionDetail.StatutoryException(3, "E", "s.1(b)", "d")), Instant.now(), "test");
        assertThat(SuspensionService.relievable(excepted)).isTrue();
    }

    @Test
    void theAlarmSaysWhatTheStateCallsFor() {
        ProgramAlarm.Block leahy = new ProgramAlarm.Block(1, "10 U.S.C. 362", "DoD Leahy", "why", true, false, "Unit");
        SuspensionView open = new SuspensionView(1, 2, 1, "10 U.S.C. 362", "DoD Leahy", 5L, "Unit", "why", "stop",
                "planner", Instant.now(), null, null, null);
        assertThat(new ProgramAlarm(2, "p", ProgramStatus.ACTIVE, List.of(leahy), null, true).mustSuspend()).isTrue();
        ProgramAlarm pending = new ProgramAlarm(2, "p", ProgramStatus.SUSPENDED, List.of(leahy), open, true);
        assertThat(pending.mustSuspend()).isFalse();
        assertThat(pending.pending()).isTrue();
        assertThat(pending.mayResume()).isFalse();
        ProgramAlarm cleared = new ProgramAlarm(2, "p", ProgramStatus.SUSPENDED, List.of(), open, true);
        assertThat(cleared.mayResume()).isTrue();
        assertThat(cleared.pending()).isFalse();
        assertThat(open.open()).isTrue();
    }

    private static RestrictionDetail restriction(boolean waivable, String condition) {
        return new RestrictionDetail(1, 0, "X", "c", "t", "s", waivable, waivable ? "Secretary" : null,
                RestrictionSeverity.BLOCKING, condition, List.of(), Instant.now(), "test");
    }
}
