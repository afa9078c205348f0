package dev.parallax.verify.rules;

import dev.parallax.core.lang.LanguageData;
import dev.parallax.core.lang.LanguageRegistry;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Source;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Time between publications: when sources were published apart, the later one gives the higher
 * figure, and a source says the figure is still rising or provisional ("the toll was likely to
 * climb"), the difference may be an update rather than a contradiction. The finding says so and its
 * severity drops; it still shows both figures and never picks one.
 */
final class Trend {

    /** How much of its severity a conflict keeps when it may be an update. */
    static final double UPDATE_FACTOR = 0.5;

    private Trend() {
    }

    /** The explanation to add when the conflict may be an update, else empty. */
    static Optional<String> mayBeUpdate(Source sa, Quantity qa, Source sb, Quantity qb) {
        if (sa.published() == null || sb.published() == null || sa.published().equals(sb.published())) {
            return Optional.empty();
        }
        boolean aLater = sa.published().isAfter(sb.published());
        double later = aLater ? qa.value() : qb.value();
        double earlier = aLater ? qb.value() : qa.value();
        if (later <= earlier || !(saysRising(sa) || saysRising(sb))) {
            return Optional.empty();
        }
        long days = Math.abs(ChronoUnit.DAYS.between(sa.published(), sb.published()));
        return Optional.of("published " + days + (days == 1 ? " day" : " days")
                + " apart, the later report has the higher figure and the figure is said to be rising or provisional:"
                + " it may be an update");
    }

    private static boolean saysRising(Source s) {
        LanguageData data = LanguageRegistry.forTag(s.language());
        return !data.rising().isEmpty()
                && !data.rising().findAll(data.tokenizer().tokenize(s.text(), 0, s.text().length())).isEmpty();
    }
}
