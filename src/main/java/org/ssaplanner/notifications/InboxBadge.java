package org.ssaplanner.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.ssaplanner.notifications.domain.NotificationRepository;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * The unread count of the navigation bar ({@code ${@inboxBadge.unread()}} in the layout): one indexed count a page
 * for a signed-in user, none otherwise. A page is never broken by it: when the database does not answer (e.g. on
 * the 503 page) there is no count.
 */
@Component("inboxBadge")
public class InboxBadge {

    private static final Logger LOG = LoggerFactory.getLogger(InboxBadge.class);

    private final NotificationRepository notifications;

    InboxBadge(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** The current user's unread notices; null when nobody is signed in or the count cannot be read. */
    public Long unread() {
        return CurrentUsers.current().map(user -> {
            try {
                return notifications.countUnread(user.id());
            } catch (DataAccessException | TransactionException e) {
                LOG.debug("Unread count not available: {}", e.getMessage());
                return null;
            }
        }).orElse(null);
    }
}
