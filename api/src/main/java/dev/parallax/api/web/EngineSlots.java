package dev.parallax.api.web;

import dev.parallax.api.web.problem.Problem;
import dev.parallax.api.web.problem.ProblemException;
import dev.parallax.api.web.problem.ProblemType;
import dev.parallax.api.web.problem.RequestIds;
import dev.parallax.core.budget.Deadline;
import dev.parallax.core.budget.DeadlineExceededException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Bounds the engine calls running at once ({@code parallax.api.max-concurrent}) and how long each
 * may run ({@code parallax.api.time-budget}). A request waits at most {@code parallax.api.queue-timeout}
 * for a slot, then is answered 503 with {@code Retry-After}, so a burst queues briefly instead of
 * piling up work the machine cannot do in time. Once it has a slot, the engine gets a deadline of the
 * time budget; when it passes, the engine stops where it is, the slot is given back, and the request
 * is answered 503, so one huge or pathological request cannot hold a slot and a core for minutes.
 */
@Singleton
public class EngineSlots {

    private static final Logger LOG = Logger.getLogger(EngineSlots.class);

    private final Semaphore slots;
    private final Duration queueTimeout;
    private final Duration timeBudget;
    private final CurrentVertxRequest request;

    @Inject
    EngineSlots(ApiConfig config, CurrentVertxRequest request) {
        // Both are checked at startup (ApiConfig's constraints).
        int max = config.maxConcurrent().orElse(2 * Runtime.getRuntime().availableProcessors());
        this.slots = new Semaphore(max, true);
        this.queueTimeout = config.queueTimeout();
        this.timeBudget = config.timeBudget();
        this.request = request;
    }

    /**
     * Runs the engine call in a slot, waiting for one at most the queue timeout, and gives it a
     * deadline of the time budget, counted from when the slot was taken.
     */
    <T> T run(Function<Deadline, T> engineCall) {
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
            return engineCall.apply(Deadline.after(timeBudget));
        } catch (DeadlineExceededException e) {
            LOG.warnf("Request %s stopped: the engine ran out of its time budget of %s",
                    RequestIds.of(request.getCurrent()), DurationText.of(timeBudget));
            // Retrying at once would most likely run out again on a loaded service; a budget's wait lets it drain.
            throw new ProblemException(Problem.of(ProblemType.TIME_BUDGET_EXCEEDED, 503,
                    "the report took longer than the time budget of " + DurationText.of(timeBudget)
                            + " and was stopped; try again later, or send fewer or shorter sources"), timeBudget);
        } finally {
            slots.release();
        }
    }

    /** The semaphore itself, for tests that hold a slot. */
    Semaphore semaphore() {
        return slots;
    }
}
