package dev.parallax.verify;

import java.util.Locale;
import java.util.OptionalDouble;

/** Named bands of the 0..1 severity scale, for people and for {@code --fail-on}. */
public enum SeverityLevel {
    INFO(0.0),
    LOW(0.2),
    MEDIUM(0.4),
    HIGH(0.7);

    private final double threshold;

    SeverityLevel(double threshold) {
        this.threshold = threshold;
    }

    /** The lowest severity in this band. */
    public double threshold() {
        return threshold;
    }

    /** The band a severity falls in. */
    public static SeverityLevel of(double severity) {
        SeverityLevel level = INFO;
        for (SeverityLevel l : values()) {
            if (severity >= l.threshold) {
                level = l;
            }
        }
        return level;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A threshold given by name ("medium") or as a number in 0..1 ("0.5"); empty when it is neither.
     */
    public static OptionalDouble parseThreshold(String value) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (SeverityLevel l : values()) {
            if (l.label().equals(v)) {
                return OptionalDouble.of(l.threshold);
            }
        }
        try {
            double d = Double.parseDouble(v);
            return d >= 0 && d <= 1 ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
