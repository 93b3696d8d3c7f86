package org.ssaplanner.shared;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done before the web server takes its first request (the initial accounts, the demo data):
 * it runs while the application context starts, after every bean is ready and before the server's own start
 * phase. As an {@code ApplicationRunner} it ran after the server had started, so a user who signed in the moment
 * health said UP found no demo plans yet (they arrived about 10 s later). A failure stops the start.
 */
public abstract class BeforeServingRequests implements SmartLifecycle {

    /** The order among these tasks: lower runs first (accounts before the demo plans that need them). */
    protected static final int ACCOUNTS = 0;
    protected static final int DEMO_DATA = 10;

    private final int order;
    private volatile boolean running;

    protected BeforeServingRequests(int order) {
        this.order = order;
    }

    /** Runs once per start of the application. */
    protected abstract void runBeforeServing();

    @Override
    public final void start() {
        runBeforeServing();
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 100 + order;
    }
}
