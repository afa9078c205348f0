package dev.parallax.api.translation;

import java.time.Duration;

/** Durations as a person reads them in a message: "300 ms", "5 s", "2.5 s". */
final class Durations {

    private Durations() {
    }

    static String shown(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
