package org.ssaplanner.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.ssaplanner.notifications.domain.Notification;
import org.ssaplanner.notifications.domain.NotificationRepository;

/**
 * Writes notices for this module's listeners and hands each one to the mailer once its transaction has committed
 * (a notice that was not stored is never mailed, and a failed e-mail never undoes a stored notice).
 */
@Component
class Inbox {

    /** What a notice says, before it is addressed. */
    record Notice(NotificationKind kind, Long planId, Long programId, Long reviewId, Long agencyId, String subject,
            String detail, String actor) {
    }

    private final NotificationRepository notifications;
    private final NotificationMailer mailer;

    Inbox(NotificationRepository notifications, NotificationMailer mailer) {
        this.notifications = notifications;
        this.mailer = mailer;
    }

    /** Writes the notice to each recipient; returns how many were written. */
    int deliver(Notice notice, Collection<Long> recipientUserIds) {
        Instant now = Instant.now();
        List<Long> recipients = recipientUserIds.stream().distinct().sorted().toList();
        for (Long recipient : recipients) {
            notifications.save(new Notification(recipient, notice.kind(), notice.planId(), notice.programId(),
                    notice.reviewId(), notice.agencyId(), notice.subject(), notice.detail(), notice.actor(), now));
        }
        afterCommit(notice, recipients);
        return recipients.size();
    }

    /** Writes an overdue notice to each official who has none for that request yet; returns how many were new. */
    int deliverOverdueOnce(Notice notice, Collection<Long> recipientUserIds) {
        Instant now = Instant.now();
        List<Long> fresh = recipientUserIds.stream().distinct().sorted()
                .filter(recipient -> notifications.insertOverdueOnce(recipient, notice.planId(), notice.reviewId(),
                        notice.agencyId(), notice.subject(), notice.detail(), now) > 0)
                .toList();
        afterCommit(notice, fresh);
        return fresh.size();
    }

    /** The overdue notices of the review no longer hold (its due date moved); returns how many were removed. */
    int withdrawOverdue(long reviewId) {
        return notifications.deleteOverdueOfReview(reviewId);
    }

    private void afterCommit(Notice notice, List<Long> recipients) {
        if (recipients.isEmpty() || !mailer.enabled()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mailer.send(notice, recipients);
                }
            });
        } else {
            mailer.send(notice, recipients);
        }
    }
}
