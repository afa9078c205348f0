package dev.parallax.api.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(ProblemResponses.retryAfterSeconds(null)).isEqualTo(1);
        assertThat(ProblemResponses.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(ProblemResponses.retryAfterSeconds(Duration.ofSeconds(10))).isEqualTo(10);
        assertThat(ProblemResponses.retryAfterSeconds(Duration.ofMillis(1500))).isEqualTo(2);
    }
}
