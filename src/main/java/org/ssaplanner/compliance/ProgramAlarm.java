package org.ssaplanner.compliance;

import java.util.List;
import org.ssaplanner.programs.ProgramStatus;

/**
 * What a program page must shout about (issue 13, item 2): an active program that a blocking finding holds (its
 * assistance must be suspended), or a suspended one waiting for the finding to clear (or free to resume).
 *
 * @param blocks the blocking findings now (empty: nothing blocks any more)
 * @param openSuspension the suspension in force, or null
 * @param mayAct whether the signed-in user may suspend or resume (planners of the lead agency, the conductor, admins)
 */
public record ProgramAlarm(long programId, String programTitle, ProgramStatus status, List<Block> blocks,
        SuspensionView openSuspension, boolean mayAct) {

    /** The alarm itself: active, and a finding blocks. */
    public boolean mustSuspend() {
        return status == ProgramStatus.ACTIVE && !blocks.isEmpty();
    }

    /** Suspended and still blocked: waiting for remediation (or another way out). */
    public boolean pending() {
        return status == ProgramStatus.SUSPENDED && !blocks.isEmpty();
    }

    /** Suspended for a finding that no longer blocks: the program may resume. */
    public boolean mayResume() {
        return status == ProgramStatus.SUSPENDED && blocks.isEmpty() && openSuspension != null;
    }

    /**
     * One blocking finding.
     *
     * @param unitRecord whether the restriction turns on the recipient unit's human-rights record (Leahy)
     * @param relievable whether the restriction can be waived or a statutory exception claimed
     */
    public record Block(long restrictionId, String citation, String title, String reason, boolean unitRecord,
            boolean relievable, String unitName) {
    }
}
