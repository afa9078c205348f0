package dev.parallax.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void noDeadlineNeverExpires() {
        assertThat(Deadline.none().isExpired()).isFalse();
        assertThatCode(Deadline.none()::check).doesNotThrowAnyException();
        assertThat(Deadline.none().budget()).isNull();
    }

    @Test
    void expiresOnceTheBudgetHasPassedAndThenStopsTheWorkNamingTheBudget() {
        Deadline deadline = Deadline.after(Duration.ofMillis(10), now::get);

        now.addAndGet(Duration.ofMillis(10).toNanos() - 1);
        assertThat(deadline.isExpired()).isFalse();
        assertThatCode(deadline::check).doesNotThrowAnyException();

        now.incrementAndGet();
        assertThat(deadline.isExpired()).isTrue();
        assertThatThrownBy(deadline::check).isInstanceOf(DeadlineExceededException.class)
                .hasMessageContaining("PT0.01S")
                .satisfies(e -> assertThat(((DeadlineExceededException) e).budget()).isEqualTo(Duration.ofMillis(10)));
    }

    @Test
    void aClockThatWrapsAroundDoesNotEndTheBudgetEarlyOrNever() {
        // System.nanoTime() may be near the end of the long range; the deadline then lies past the wrap.
        now.set(Long.MAX_VALUE - 5);
        Deadline deadline = Deadline.after(Duration.ofSeconds(1), now::get);

        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(deadline.isExpired()).isFalse();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(deadline.isExpired()).isTrue();
    }

    @Test
    void aBudgetOfCenturiesIsNotInThePast() {
        Deadline deadline = Deadline.after(Duration.ofDays(365L * 500), now::get);

        now.addAndGet(Duration.ofDays(365).toNanos());
        assertThat(deadline.isExpired()).isFalse();
    }

    @Test
    void aBudgetMustBePositive() {
        assertThatThrownBy(() -> Deadline.after(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> Deadline.after(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
