package dev.parallax.api.web;

import java.math.BigDecimal;
import java.time.Duration;

/** A duration as a person writes it in configuration ("10s", "500ms", "1.5s", "2m"), for messages. */
final class DurationText {

    private DurationText() {
    }

    static String of(Duration d) {
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return plain(BigDecimal.valueOf(d.toNanos(), 6)) + "ms";
        }
        if (d.toSecondsPart() == 0 && d.toNanosPart() == 0 && d.toMinutes() > 0) {
            return d.toMinutes() + "m";
        }
        return plain(BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))) + "s";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
