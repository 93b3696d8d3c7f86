package org.ssaplanner.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per step of a simulation: when the first user started measuring and the last one stopped, and the response time
 * of every measured request with its outcome. Throughput = successful responses / that window, so a slow page's
 * last responses (which end after the measured duration) are counted with the time they took.
 */
final class StepRecorder {

    private final Map<String, Step> steps = new ConcurrentHashMap<>();
    private final Map<String, Long> epochs = new ConcurrentHashMap<>();
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());

    private static final class Step {
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        final List<Long> okNanos = new ArrayList<>();
        long failed;
    }

    private Step step(String name) {
        return steps.computeIfAbsent(name, n -> {
            order.add(n);
            return new Step();
        });
    }

    /** When the step's first user arrived (System.nanoTime()). */
    long epoch(String name) {
        return epochs.computeIfAbsent(name, n -> System.nanoTime());
    }

    void start(String name) {
        Step step = step(name);
        synchronized (step) {
            step.start = Math.min(step.start, System.nanoTime());
        }
    }

    void end(String name) {
        Step step = step(name);
        synchronized (step) {
            step.end = Math.max(step.end, System.nanoTime());
        }
    }

    void record(String name, long nanos, boolean ok) {
        Step step = step(name);
        synchronized (step) {
            if (ok) {
                step.okNanos.add(nanos);
            } else {
                step.failed++;
            }
        }
    }

    /** One line per step: name, ok, failed, window (s), req/s, p50, p95, p99, max (ms). */
    String tsv() {
        StringBuilder out = new StringBuilder("step\tok\tfailed\twindow_s\treq_per_s\tp50_ms\tp95_ms\tp99_ms\tmax_ms\n");
        synchronized (order) {
            for (String name : order) {
                Step s = steps.get(name);
                synchronized (s) {
                    List<Long> sorted = new ArrayList<>(s.okNanos);
                    Collections.sort(sorted);
                    double window = s.end > s.start ? (s.end - s.start) / 1e9 : 0;
                    out.append(String.format(Locale.US, "%s\t%d\t%d\t%.2f\t%.2f\t%s\t%s\t%s\t%s%n", name, sorted.size(),
                            s.failed, window, window > 0 ? sorted.size() / window : 0, ms(sorted, 0.50), ms(sorted, 0.95),
                            ms(sorted, 0.99), ms(sorted, 1.0)));
                }
            }
        }
        return out.toString();
    }

    /** Nearest-rank percentile in milliseconds, "-" without a successful response. */
    static String ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int rank = (int) Math.ceil(quantile * sorted.size());
        return String.format(Locale.US, "%.1f", sorted.get(Math.max(0, rank - 1)) / 1e6);
    }
}
