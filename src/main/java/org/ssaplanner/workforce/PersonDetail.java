package org.ssaplanner.workforce;

import java.time.LocalDate;
import java.util.List;
import org.ssaplanner.shared.audit.HistoryEntry;

/**
 * One person as the signed-in user may see them: name, agency, category and contact for everyone; date of birth,
 * employee number, certifications, training and interagency experience only when {@code personalDataVisible} (administrators,
 * planners of the person's agency and evaluators), otherwise null and empty. The linked user (a sign-in account of the
 * person's agency, at most one person per user) is shown to everyone; only administrators link it
 * ({@code userLinkable}). The change history is in {@code history}: the person's own fields for everyone (without date of birth, employee
 * number and interagency experience unless {@code personalDataVisible}), and the changes of their certifications and
 * training for those who may see them.
 */
public record PersonDetail(long id, long version, String name, long agencyId, String agencyLabel,
        WorkforceCategory category, String contact, boolean personalDataVisible, LocalDate dateOfBirth,
        String employeeNumber, String interagencyExperience, List<CertificationView> certifications,
        List<TrainingView> training, List<AssignmentView> assignments, boolean editable, Long userId,
        String userLabel, boolean userLinkable, List<HistoryEntry> history) {
}
