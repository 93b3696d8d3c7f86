package org.ssaplanner.notifications;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.notifications.domain.Notification;
import org.ssaplanner.notifications.domain.NotificationRepository;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * The signed-in user's inbox. Every method reads or changes the current user's own notices only: another user's
 * notice is answered as missing (404), never shown or marked.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;

    NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** The current user's notices, newest first. */
    @PreAuthorize("isAuthenticated()")
    public Page<NotificationView> inbox(Pageable pageable) {
        return notifications.inbox(CurrentUsers.require().id(), pageable).map(NotificationService::view);
    }

    /** How many of the current user's notices are unread (one indexed count). */
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countUnread(CurrentUsers.require().id());
    }

    /** Marks one of the current user's notices read and returns the page it is about. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String open(long id) {
        long user = CurrentUsers.require().id();
        Notification notification = notifications.findById(id).filter(n -> n.getRecipientUserId() == user)
                .orElseThrow(() -> new NotFoundException("Notification", id));
        notifications.markRead(id, user, Instant.now());
        return link(notification);
    }

    /** Marks all of the current user's notices read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(CurrentUsers.require().id(), Instant.now());
    }

    static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getSubject(), n.getDetail(), n.getActor(),
                n.getCreatedAt(), n.getReadAt() != null, link(n));
    }

    /** The page a notice is about: the plan's concurrence panel, the plan, or the program. */
    static String link(Notification n) {
        return link(n.getKind(), n.getPlanId(), n.getProgramId());
    }

    static String link(NotificationKind kind, Long planId, Long programId) {
        return switch (kind) {
            // a digest of several programs' findings: their plan (its compliance roll-up), or the inbox itself
            case BLOCKING_FINDING -> programId != null ? "/programs/" + programId
                    : planId != null ? "/plans/" + planId : "/inbox";
            case AGENCY_INVITED -> planId == null ? "/inbox" : "/plans/" + planId;
            default -> planId == null ? "/inbox" : "/plans/" + planId + "/concurrence";
        };
    }
}
