package org.ssaplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

class SharedReportReadsTests {

    private final SharedReportReads reads = new SharedReportReads(TransactionOperations.withoutTransaction());
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final AtomicInteger computations = new AtomicInteger();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void requestsThatArriveDuringAComputationShareTheNextOneNotTheRunningOne() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<Integer> first = threads.submit(() -> reads.read("report", () -> {
            firstRunning.countDown();
            await(releaseFirst);
            return computations.incrementAndGet();
        }));
        assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();

        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiting.add(threads.submit(() -> reads.read("report", computations::incrementAndGet)));
        }
        waitUntilQueued(6);
        releaseFirst.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        for (Future<Integer> request : waiting) {
            // computed after they all arrived: the second computation, shared by all six
            assertThat(request.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        }
        assertThat(computations).hasValue(2);
    }

    @Test
    void aRequestAfterTheLastOneEndedComputesAgain() {
        assertThat(reads.read("report", computations::incrementAndGet)).isEqualTo(1);
        assertThat(reads.read("report", computations::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void differentKeysDoNotShare() {
        assertThat(reads.read(List.of("waiver-pressure", 2024), computations::incrementAndGet)).isEqualTo(1);
        assertThat(reads.read(List.of("waiver-pressure", 2025), computations::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aFailedComputationIsNotShared() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<Integer> failing = threads.submit(() -> reads.read("report", () -> {
            firstRunning.countDown();
            await(releaseFirst);
            throw new IllegalStateException("statement timeout");
        }));
        assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
        Future<Integer> waiting = threads.submit(() -> reads.read("report", computations::incrementAndGet));
        waitUntilQueued(1);
        releaseFirst.countDown();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(catchFailure(failing)).hasMessageContaining("statement timeout");
    }

    private void waitUntilQueued(int requests) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (reads.waiting("report") < requests && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(reads.waiting("report")).isEqualTo(requests);
    }

    private static Throwable catchFailure(Future<?> future) throws InterruptedException {
        try {
            future.get(5, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
