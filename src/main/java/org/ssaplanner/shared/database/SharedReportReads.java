package org.ssaplanner.shared.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portfolio-wide reads that many users ask for at once (the results and waiver-pressure reports): one computation
 * at a time per report and parameters, in a read-only transaction with the report time limit, and its result shared
 * with every request that arrived before it started. A request never gets a result older than itself: it waits for
 * the computation that is running (which started before it arrived, so it does not count) and then takes the next
 * one. Thirty-two users opening a report at once cost two computations and one connection, not thirty-two of each
 * (which filled a 512 MB heap and the pool in the benchmark).
 * <p>Callers must not be in a transaction (it would hold a connection while waiting): annotate the calling method
 * {@code @Transactional(propagation = NOT_SUPPORTED)}. Results are shared between users, so they must not depend
 * on who asks and must not be changed by the caller.
 */
@Component
public class SharedReportReads {

    private final TransactionOperations transaction;
    // a slot evicted while in use only costs a second computation: each slot is consistent on its own
    private final Cache<Object, Slot> slots = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    @Autowired
    SharedReportReads(PlatformTransactionManager transactions,
            @Value("${ssa.database.report-timeout-seconds:20}") int timeoutSeconds) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setTimeout(timeoutSeconds);
        this.transaction = template;
    }

    /** Around each computation, this transaction ({@link TransactionOperations#withoutTransaction()} in unit tests). */
    public SharedReportReads(TransactionOperations transaction) {
        this.transaction = transaction;
    }

    /** The report for this key, computed after this call began (by this request or by one it waited for). */
    public <V> V read(Object key, Supplier<V> computation) {
        Slot slot = slots.get(key, k -> new Slot());
        long startedBeforeArrival = slot.started.get();
        try {
            slot.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a report", e);
        }
        try {
            Round last = slot.last;
            if (last != null && last.sequence > startedBeforeArrival) {
                @SuppressWarnings("unchecked")
                V shared = (V) last.value;
                return shared;
            }
            long sequence = slot.started.incrementAndGet();
            V value = transaction.execute(status -> computation.get());
            slot.last = new Round(sequence, value);
            return value;
        } finally {
            if (!slot.lock.hasQueuedThreads()) {
                slot.last = null; // nobody waits for it: do not keep a whole report in memory
            }
            slot.lock.unlock();
        }
    }

    /** How many requests wait for this key's computation (for tests and diagnostics). */
    int waiting(Object key) {
        Slot slot = slots.getIfPresent(key);
        return slot == null ? 0 : slot.lock.getQueueLength();
    }

    private static final class Slot {
        private final ReentrantLock lock = new ReentrantLock();
        private final AtomicLong started = new AtomicLong();
        private volatile Round last;
    }

    private record Round(long sequence, Object value) {
    }
}
