package org.ssaplanner.notifications;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.concurrence.OverdueRequest;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Tells the concurrence officials of each agency whose answer is overdue, once per request: a daily check.
 * It needs no lock across instances: the notice is inserted only where none exists for
 * that official and request (a unique index), so two instances running it at once write each notice once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OverdueCheck {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueCheck.class);

    private final ConcurrenceService concurrence;
    private final PlanService plans;
    private final NotificationListeners listeners;
    private final Inbox inbox;
    private final TransactionTemplate transactions;

    OverdueCheck(ConcurrenceService concurrence, PlanService plans, NotificationListeners listeners, Inbox inbox,
            PlatformTransactionManager transactionManager) {
        this.concurrence = concurrence;
        this.plans = plans;
        this.listeners = listeners;
        this.inbox = inbox;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${ssa.notifications.overdue-cron:0 0 6 * * *}", zone = "UTC")
    void daily() {
        run();
    }

    /** Writes the overdue notices not yet written; returns how many were new. */
    int run() {
        Integer written = SystemAuthentication.call(() -> transactions.execute(status -> {
            List<OverdueRequest> overdue = concurrence.overdueRequests();
            if (overdue.isEmpty()) {
                return 0;
            }
            Map<Long, PlanContext> byPlan = plans.contexts(overdue.stream().map(OverdueRequest::planId).toList());
            int count = 0;
            for (OverdueRequest request : overdue) {
                PlanContext plan = byPlan.get(request.planId());
                if (plan == null) {
                    continue;
                }
                count += inbox.deliverOverdueOnce(new Inbox.Notice(NotificationKind.CONCURRENCE_OVERDUE, plan.id(),
                        null, request.reviewId(), request.agencyId(), plan.title(),
                        listeners.text("notification.detail.overdue", listeners.agency(request.agencyId()),
                                request.dueDate()), null), listeners.officials(request.agencyId()));
            }
            return count;
        }));
        int result = written == null ? 0 : written;
        LOG.info("Overdue concurrence requests: {} new notices", result);
        return result;
    }
}
