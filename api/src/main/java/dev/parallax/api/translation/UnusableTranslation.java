package dev.parallax.api.translation;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.ClaimAligner;
import dev.parallax.translate.pivot.TranslationException;
import dev.parallax.translate.pivot.TranslationFailure;
import java.util.List;

/**
 * Stands in for a translation back-end whose settings are wrong. It fails each comparison with the
 * setting at fault instead of failing start-up, which would take every command (even
 * {@code extract} and {@code --help}) down with it and show a user a stack trace.
 */
final class UnusableTranslation implements ClaimAligner {

    private final String problem;

    UnusableTranslation(String problem) {
        this.problem = problem;
    }

    @Override
    public List<Alignment> align(List<Source> sources, List<Claim> claims) {
        throw new TranslationException(TranslationFailure.NOT_CONFIGURED,
                "the translation back-end is not configured correctly: " + problem);
    }
}
