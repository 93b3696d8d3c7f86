package org.ssaplanner.compliance;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.authorities.WaiverPermissions;

/**
 * Who may suspend a blocked program's assistance and resume it ({@code @suspensionPermissions.maySuspend(#programId,
 * authentication)}): those who answer for the program, the same people who may request a waiver for it
 * ({@link WaiverPermissions#mayRequestFor}): administrators, planners of its lead agency, its plan's conductor.
 */
@Component("suspensionPermissions")
public class SuspensionPermissions {

    private final WaiverPermissions answerable;

    SuspensionPermissions(WaiverPermissions answerable) {
        this.answerable = answerable;
    }

    public boolean maySuspend(long programId, Authentication authentication) {
        return answerable.mayRequestFor(programId, authentication);
    }
}
