package org.ssaplanner.compliance;

import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.compliance.domain.CongressionalNotification;
import org.ssaplanner.compliance.domain.CongressionalNotificationRepository;
import org.ssaplanner.shared.FieldValidationException;

/**
 * Congressional notifications filed for a program under an authority that requires one; recording one
 * recomputes the program's findings (a filed notification starts the waiting period).
 */
@Service
@Transactional(readOnly = true)
public class CongressionalNotificationService {

    private final CongressionalNotificationRepository notifications;
    private final AuthorityService authorities;
    private final FindingRecomputationService recomputation;

    CongressionalNotificationService(CongressionalNotificationRepository notifications, AuthorityService authorities,
            FindingRecomputationService recomputation) {
        this.notifications = notifications;
        this.authorities = authorities;
        this.recomputation = recomputation;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional
    public void recordNotification(NotificationCommand command) {
        if (command.filedOn() == null) {
            throw new FieldValidationException("filedOn", "notification.filedOn.required");
        }
        if (command.filedOn().isAfter(FindingRecomputationService.today())) {
            throw new FieldValidationException("filedOn", "notification.filedOn.future");
        }
        if (authorities.byIds(Set.of(command.authorityId())).isEmpty()) {
            throw new FieldValidationException("authorityId", "notification.authority.unknown");
        }
        if (command.reference() == null || command.reference().isBlank()) {
            throw new FieldValidationException("reference", "notification.reference.required");
        }
        CongressionalNotification notification = notifications
                .findByProgramIdAndAuthorityId(command.programId(), command.authorityId())
                .orElseGet(() -> new CongressionalNotification(command.programId(), command.authorityId(),
                        command.filedOn(), command.reference().trim()));
        notification.refile(command.filedOn(), command.reference().trim());
        notifications.saveAndFlush(notification);
        recomputation.recompute(command.programId());
    }

    @PreAuthorize("isAuthenticated()")
    public List<NotificationView> notificationsFor(long programId) {
        return notifications.findByProgramIdOrderByFiledOn(programId).stream()
                .map(n -> new NotificationView(n.getId(), n.getProgramId(), n.getAuthorityId(), n.getFiledOn(),
                        n.getReference(), n.getCreatedBy()))
                .toList();
    }
}
