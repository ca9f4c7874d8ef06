package dev.tagbench.job;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts a db-scheduler's polling once the application is up and pauses it when the context stops;
 * the scheduler itself stops (for good) when the context closes, before the database goes away. A
 * stopped context may start again (tests do), so stopping only pauses.
 */
public final class SchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;
    private volatile boolean started;

    public SchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        if (started) {
            scheduler.resume();
        } else {
            scheduler.start();
            started = true;
        }
        running = true;
    }

    @Override
    public void stop() {
        scheduler.pause();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
