package dev.parallax.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void writesDurationsTheWayTheyAreConfigured() {
        assertThat(DurationText.of(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(DurationText.of(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(DurationText.of(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(DurationText.of(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(DurationText.of(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(DurationText.of(Duration.ofNanos(250_000))).isEqualTo("0.25ms");
    }
}
