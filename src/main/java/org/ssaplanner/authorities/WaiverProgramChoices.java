package org.ssaplanner.authorities;

import java.util.List;

/** The programs the waiver list's filter offers, and whether other programs have waivers too. */
public record WaiverProgramChoices(List<WaiverProgram> programs, boolean more) {
}
