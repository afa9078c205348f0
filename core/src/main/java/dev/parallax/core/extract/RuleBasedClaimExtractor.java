package dev.parallax.core.extract;

import dev.parallax.core.ingest.SentenceSegmenter;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Extracts one claim per sentence. */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    @Override
    public List<Claim> extract(Source source) {
        List<Claim> claims = new ArrayList<>();
        for (Span sentence : new SentenceSegmenter(source.language(), Set.of()).sentences(source.text())) {
            claims.add(new Claim(source.id() + (claims.size() + 1), source.id(), sentence, null, List.of(), List.of(),
                    List.of(), null, List.of()));
        }
        return claims;
    }
}
