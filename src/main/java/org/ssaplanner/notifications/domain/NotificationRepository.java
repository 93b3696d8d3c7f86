package org.ssaplanner.notifications.domain;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** The inbox, newest first (the index on recipient and creation time serves it). */
    @Query(value = "select n from Notification n where n.recipientUserId = :user order by n.createdAt desc, n.id desc",
            countQuery = "select count(n) from Notification n where n.recipientUserId = :user")
    Page<Notification> inbox(@Param("user") long userId, Pageable pageable);

    /** Unread notices of the user: one count on the partial index of unread rows. */
    @Query(value = "select count(*) from notification where recipient_user_id = :user and read_at is null",
            nativeQuery = true)
    long countUnread(@Param("user") long userId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.id = :id and n.recipientUserId = :user"
            + " and n.readAt is null")
    int markRead(@Param("id") long id, @Param("user") long userId, @Param("at") Instant at);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientUserId = :user and n.readAt is null")
    int markAllRead(@Param("user") long userId, @Param("at") Instant at);

    boolean existsByIdAndRecipientUserId(long id, long userId);

    /** Writes an overdue notice unless the official already has one for that request (any instance, any run). */
    @Modifying
    @Query(value = """
            insert into notification (recipient_user_id, kind, plan_id, review_id, agency_id, subject, detail,
                                      created_at)
            values (:user, 'CONCURRENCE_OVERDUE', :plan, :review, :agency, :subject, :detail, :at)
            on conflict (recipient_user_id, review_id, agency_id) where kind = 'CONCURRENCE_OVERDUE' do nothing
            """, nativeQuery = true)
    int insertOverdueOnce(@Param("user") long userId, @Param("plan") long planId, @Param("review") long reviewId,
            @Param("agency") long agencyId, @Param("subject") String subject, @Param("detail") String detail,
            @Param("at") Instant at);

    /**
     * Removes the overdue notices of a review whose due date moved (they no longer hold): the daily check announces
     * a request again if the new date passes unanswered.
     */
    @Modifying
    @Query(value = "delete from notification where kind = 'CONCURRENCE_OVERDUE' and review_id = :review",
            nativeQuery = true)
    int deleteOverdueOfReview(@Param("review") long reviewId);
}
