package dev.parallax.api.web;

import dev.parallax.api.web.problem.Problem;
import dev.parallax.api.web.problem.ProblemException;
import dev.parallax.api.web.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the engine calls running at once ({@code parallax.api.max-concurrent}). A request waits at
 * most {@code parallax.api.queue-timeout} for a slot, then is answered 503 with {@code Retry-After},
 * so a burst queues briefly instead of piling up work the machine cannot do in time.
 */
@Singleton
public class EngineSlots {

    private final Semaphore slots;
    private final Duration queueTimeout;

    @Inject
    EngineSlots(ApiConfig config) {
        int max = config.maxConcurrent().orElse(2 * Runtime.getRuntime().availableProcessors());
        if (max < 1) {
            throw new IllegalArgumentException("parallax.api.max-concurrent must be at least 1, not " + max);
        }
        this.slots = new Semaphore(max, true);
        this.queueTimeout = config.queueTimeout();
    }

    /** Runs the engine call in a slot, waiting for one at most the queue timeout. */
    <T> T run(Supplier<T> engineCall) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ProblemException(Problem.of(ProblemType.BUSY, 503,
                    "the service is busy with other reports; try again in a moment"));
        }
        try {
            return engineCall.get();
        } finally {
            slots.release();
        }
    }

    /** The semaphore itself, for tests that hold a slot. */
    Semaphore semaphore() {
        return slots;
    }
}
