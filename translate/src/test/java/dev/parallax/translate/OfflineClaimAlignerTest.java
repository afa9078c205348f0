package dev.parallax.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineClaimAlignerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private final RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();

    @Test
    void alignsTranslatedClaimsOneToOneEvenWhenTheirFiguresDiffer() {
        Source en = new Source("A", "Wire", "en", DAY, null, """
                Police said 17 homes were destroyed in Ovre Fossli on Thursday.
                The municipality said 230 residents were evacuated.
                Mayor Arne Tveita said the village had never seen anything like it in 1987.""");
        Source nb = new Source("B", "Avis", "nb", DAY.minusDays(1), null, """
                Kommunen opplyser at 230 innbyggere er evakuert.
                Ifølge politiet er 15 hus ødelagt i Øvre Fossli i går.""");
        List<Claim> claims = new ArrayList<>(extractor.extract(en));
        claims.addAll(extractor.extract(nb));

        List<Alignment> alignments = new OfflineClaimAligner().align(List.of(en, nb), claims);

        assertThat(alignments).extracting(a -> a.claims().get(0).id() + "=" + a.claims().get(1).id())
                .containsExactlyInAnyOrder("A1=B2", "A2=B1");
        Alignment houses = alignments.stream().filter(a -> a.claims().get(0).id().equals("A1")).findFirst().orElseThrow();
        assertThat(houses.features()).extracting(SimilarityFeature::name)
                .contains("same counted thing", "same speaker", "same name", "overlapping time")
                .doesNotContain("same figure");
        assertThat(houses.score()).isGreaterThanOrEqualTo(OfflineClaimAligner.THRESHOLD).isLessThanOrEqualTo(1.0);
    }

    @Test
    void withThreeSourcesEveryPairIsAligned() {
        List<Source> sources = List.of(
                new Source("A", null, "en", DAY, null, "Police said 12 people were treated in hospital."),
                new Source("B", null, "en", DAY, null, "Twelve people were treated in hospital, police said."),
                new Source("C", null, "en", DAY, null, "Police said 14 people were treated in hospital."));
        List<Claim> claims = sources.stream().flatMap(s -> extractor.extract(s).stream()).toList();
        assertThat(new OfflineClaimAligner().align(sources, claims))
                .extracting(a -> a.claims().get(0).sourceId() + a.claims().get(1).sourceId())
                .containsExactly("AB", "AC", "BC");
    }
}
