package org.ssaplanner.workforce;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** A person's assignments to programs, for the person page (filled in by the assignments step). */
@Component
class AssignmentReads {

    List<AssignmentView> ofPerson(long personId, Authentication authentication) {
        return List.of();
    }
}
