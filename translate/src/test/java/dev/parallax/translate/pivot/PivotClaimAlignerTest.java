package dev.parallax.translate.pivot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.core.lang.Language;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.OfflineClaimAligner;
import dev.parallax.translate.SimilarityFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PivotClaimAlignerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    /** A translator that knows a fixed set of sentences and records every call. */
    static final class PhrasebookTranslator implements Translator {

        record Call(List<String> texts, String from, String to) {
        }

        private final Map<String, String> phrasebook;
        final List<Call> calls = new ArrayList<>();

        PhrasebookTranslator(Map<String, String> phrasebook) {
            this.phrasebook = phrasebook;
        }

        @Override
        public List<String> translate(List<String> texts, String from, String to) {
            calls.add(new Call(List.copyOf(texts), from, to));
            return texts.stream().map(t -> {
                String translation = phrasebook.get(t);
                if (translation == null) {
                    throw new AssertionError("no translation for: " + t);
                }
                return translation;
            }).toList();
        }
    }

    private final RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();

    private List<Claim> claimsOf(Source... sources) {
        List<Claim> claims = new ArrayList<>();
        for (Source s : sources) {
            claims.addAll(extractor.extract(s));
        }
        return claims;
    }

    private static List<String> pairs(List<Alignment> alignments) {
        return alignments.stream().map(a -> a.claims().get(0).id() + "=" + a.claims().get(1).id()).toList();
    }

    @Test
    void claimsArePairedByWhatTheirTranslationsSayAndTheAlignmentNamesTheOriginalClaims() {
        Source en = new Source("A", null, "en", DAY, null, "12 houses were destroyed.\n12 residents were evacuated.");
        Source nb = new Source("B", null, "nb", DAY, null, "12 hus ble ødelagt.\n12 innbyggere ble evakuert.");
        // A translation that contradicts the original: the pairing must follow the translation, which
        // shows that it is what the claims are read from.
        PhrasebookTranslator swapped = new PhrasebookTranslator(Map.of(
                "12 hus ble ødelagt.", "12 residents were evacuated.",
                "12 innbyggere ble evakuert.", "12 houses were destroyed."));
        List<Claim> claims = claimsOf(en, nb);

        List<Alignment> alignments = new PivotClaimAligner(swapped).align(List.of(en, nb), claims);

        assertThat(pairs(alignments)).containsExactlyInAnyOrder("A1=B2", "A2=B1");
        Alignment houses = alignments.stream().filter(a -> a.claims().get(0).id().equals("A1")).findFirst().orElseThrow();
        assertThat(houses.claims().get(1)).isSameAs(claims.get(3));
        assertThat(houses.claims().get(1).span().text()).isEqualTo("12 innbyggere ble evakuert.");
        assertThat(houses.claims().get(1).span().start()).isEqualTo(nb.text().indexOf("12 innbyggere"));
    }

    @Test
    void eachSourceIsTranslatedInOneCallAndSourcesInThePivotLanguageAreNot() {
        Source en = new Source("A", null, "en", DAY, null,
                "Police said 12 houses were destroyed on Thursday. The council said 230 residents were evacuated.");
        Source nb = new Source("B", null, "nb", DAY, null,
                "Kommunen sier at 230 innbyggere er evakuert. Ifølge politiet er 12 hus ødelagt.");
        Source de = new Source("C", null, "de-AT", DAY, null,
                "Die Polizei sagte, 12 Häuser seien zerstört worden. Die Gemeinde sagte, 230 Einwohner seien evakuiert worden.");
        Source empty = new Source("D", null, "fr", DAY, null, "Rien à signaler.");
        PhrasebookTranslator translator = new PhrasebookTranslator(Map.of(
                "Kommunen sier at 230 innbyggere er evakuert.", "The municipality says 230 residents are evacuated.",
                "Ifølge politiet er 12 hus ødelagt.", "According to police, 12 houses are destroyed.",
                "Die Polizei sagte, 12 Häuser seien zerstört worden.", "Police said 12 houses had been destroyed.",
                "Die Gemeinde sagte, 230 Einwohner seien evakuiert worden.", "The municipality said 230 residents had been evacuated."));

        List<Alignment> alignments = new PivotClaimAligner(translator)
                .align(List.of(en, nb, de, empty), claimsOf(en, nb, de, empty));

        assertThat(translator.calls).containsExactly(
                new PhrasebookTranslator.Call(List.of("Kommunen sier at 230 innbyggere er evakuert.",
                        "Ifølge politiet er 12 hus ødelagt."), "nb", "en"),
                new PhrasebookTranslator.Call(List.of("Die Polizei sagte, 12 Häuser seien zerstört worden.",
                        "Die Gemeinde sagte, 230 Einwohner seien evakuiert worden."), "de-AT", "en"));
        assertThat(pairs(alignments)).containsExactlyInAnyOrder("A1=B2", "A2=B1", "A1=C1", "A2=C2", "B1=C2", "B2=C1");
    }

    @Test
    void whatAFigureCountsIsReadFromTheTranslationWhenTheOriginalLanguageIsUnknown() {
        Source en = new Source("A", null, "en", DAY, null, "12 houses were destroyed.");
        Source unknown = new Source("B", null, Source.UNDETERMINED, DAY, null, "12 talo tuhoutui.");
        PhrasebookTranslator translator = new PhrasebookTranslator(Map.of("12 talo tuhoutui.", "12 houses were destroyed."));

        List<Alignment> alignments = new PivotClaimAligner(translator).align(List.of(en, unknown), claimsOf(en, unknown));

        assertThat(translator.calls).extracting(PhrasebookTranslator.Call::from).containsExactly("und");
        assertThat(alignments).singleElement().satisfies(a -> {
            assertThat(a.features()).extracting(SimilarityFeature::name).contains("same counted thing", "same event");
            assertThat(a.claims().get(1).span().text()).isEqualTo("12 talo tuhoutui.");
        });
    }

    @Test
    void anotherPivotLanguageCanBeChosen() {
        Source en = new Source("A", null, "en", DAY, null, "12 houses were destroyed.");
        Source nb = new Source("B", null, "nb", DAY, null, "12 hus ble ødelagt.");
        PhrasebookTranslator translator = new PhrasebookTranslator(Map.of("12 houses were destroyed.", "12 hus ble ødelagt."));

        List<Alignment> alignments = new PivotClaimAligner(translator, Language.NORWEGIAN_BOKMAL, new OfflineClaimAligner())
                .align(List.of(en, nb), claimsOf(en, nb));

        assertThat(translator.calls).containsExactly(
                new PhrasebookTranslator.Call(List.of("12 houses were destroyed."), "en", "nb"));
        assertThat(pairs(alignments)).containsExactly("A1=B1");
    }

    @Test
    void aTranslatorAnsweringWithTheWrongNumberOfTranslationsIsAMalformedResponse() {
        Source en = new Source("A", null, "en", DAY, null, "12 houses were destroyed.");
        Source nb = new Source("B", null, "nb", DAY, null, "12 hus ble ødelagt.\n230 innbyggere er evakuert.");
        Translator short1 = (texts, from, to) -> List.of("12 houses were destroyed.");

        assertThatThrownBy(() -> new PivotClaimAligner(short1).align(List.of(en, nb), claimsOf(en, nb)))
                .isInstanceOfSatisfying(TranslationException.class,
                        e -> assertThat(e.failure()).isEqualTo(TranslationFailure.MALFORMED_RESPONSE))
                .hasMessage("the translation service returned 1 translations for the 2 sentences of source B");
    }
}
