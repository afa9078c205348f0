package dev.parallax.core.extract;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.time.LocalDate;
import java.util.List;

/** Runs the default extractor on a text written in a test. */
final class ExtractionFixture {

    private static final RuleBasedClaimExtractor EXTRACTOR = new RuleBasedClaimExtractor();

    private ExtractionFixture() {
    }

    static List<Claim> claims(String language, LocalDate published, String text) {
        return EXTRACTOR.extract(new Source("A", null, language, published, null, text));
    }

    static Claim only(String language, LocalDate published, String text) {
        List<Claim> claims = claims(language, published, text);
        if (claims.size() != 1) {
            throw new AssertionError("expected one claim in \"" + text + "\" but got " + claims);
        }
        return claims.get(0);
    }
}
