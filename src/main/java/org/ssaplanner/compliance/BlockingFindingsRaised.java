package org.ssaplanner.compliance;

import java.util.List;

/**
 * Published instead of one {@link BlockingFindingRaised} per finding when one recomputation (one program, a partner
 * unit's programs after a human-rights record changed, or every program after a restriction or authority changed)
 * raises several new blocking findings at once: the inbox then gives each planner one notice listing them (a
 * digest) rather than one notice per finding.
 */
public record BlockingFindingsRaised(List<BlockingFindingRaised> findings) {

    public BlockingFindingsRaised {
        findings = List.copyOf(findings);
    }
}
