package dev.parallax.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimClustersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private static final List<Source> SOURCES = List.of(
            new Source("A", null, "en", DAY, null, "x"), new Source("B", null, "en", DAY, null, "x"),
            new Source("C", null, "en", DAY, null, "x"));

    private static Claim claim(String id) {
        return new Claim(id, id.substring(0, 1), new Span(0, 1, "x"), null, List.of(), List.of(), List.of(), List.of(),
                null, List.of());
    }

    private static Alignment aligned(Claim a, Claim b, double score) {
        return new Alignment(List.of(a, b), score, List.of());
    }

    private static List<String> ids(List<SharedClaim> shared) {
        return shared.stream().map(s -> String.join("+", s.claims().stream().map(Claim::id).toList())).toList();
    }

    @Test
    void pairwiseAlignmentsOfThreeSourcesBecomeOneSharedClaim() {
        Claim a1 = claim("A1"), b1 = claim("B1"), c1 = claim("C1"), a2 = claim("A2"), b2 = claim("B2");
        List<SharedClaim> shared = ClaimClusters.of(SOURCES, List.of(a1, a2, b1, b2, c1),
                List.of(aligned(a1, b1, 0.8), aligned(b1, c1, 0.7), aligned(a1, c1, 0.6), aligned(a2, b2, 0.5)));
        assertThat(ids(shared)).containsExactly("A1+B1+C1", "A2+B2");
        assertThat(shared.get(0).sources()).containsExactly("A", "B", "C");
        assertThat(shared.get(1).sources()).containsExactly("A", "B");
    }

    @Test
    void aLooseAlignmentDoesNotChainTwoClaimsOfOneSourceIntoOneRow() {
        Claim a1 = claim("A1"), a2 = claim("A2"), b1 = claim("B1"), c1 = claim("C1");
        // A1~B1 and A2~C1 are strong; C1~B1 is a weak link that would chain A1 and A2 together.
        List<SharedClaim> shared = ClaimClusters.of(SOURCES, List.of(a1, a2, b1, c1),
                List.of(aligned(a1, b1, 0.9), aligned(a2, c1, 0.8), aligned(b1, c1, 0.4)));
        assertThat(ids(shared)).containsExactly("A1+B1", "A2+C1");
    }

    @Test
    void weakAlignmentsAreNotSharedClaims() {
        Claim a1 = claim("A1"), b1 = claim("B1");
        assertThat(ClaimClusters.of(SOURCES, List.of(a1, b1), List.of(aligned(a1, b1, ClaimClusters.MIN_SCORE - 0.01))))
                .isEmpty();
    }

    @Test
    void aSentenceSplitInTwoStaysInTheRowOfWhatTheOtherSourceSaysInOne() {
        Source en = new Source("A", null, "en", DAY, null,
                "Police said 17 people died and 15 are missing after the landslide in Tveit on Thursday.");
        Source nb = new Source("B", null, "nb", DAY, null,
                "Politiet sier 17 personer døde i raset i Tveit torsdag. Femten personer er savnet etter raset i Tveit.");
        RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();
        List<Claim> claims = new ArrayList<>(extractor.extract(en));
        claims.addAll(extractor.extract(nb));
        List<Alignment> alignments = new OfflineClaimAligner().align(List.of(en, nb), claims);

        assertThat(ids(ClaimClusters.of(List.of(en, nb), claims, alignments))).containsExactly("A1+B1+B2");
    }
}
