package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private static List<String> sentences(String language, Set<String> abbreviations, String text) {
        return new SentenceSegmenter(language, abbreviations).sentences(text).stream().map(Span::text).toList();
    }

    @Test
    void aQuotationOpenedByADashAfterAFullStopIsANewSentence() {
        assertThat(sentences("nb", Set.of(), "Byen ble gjenerobret 27. mars. – Vi leter videre, sier han."))
                .containsExactly("Byen ble gjenerobret 27. mars.", "– Vi leter videre, sier han.");
    }

    @Test
    void aDashInsideASentenceIsNotABreak() {
        assertThat(sentences("nb", Set.of(), "Tre personer – alle fra Bergen – ble skadd."))
                .containsExactly("Tre personer – alle fra Bergen – ble skadd.");
    }

    @Test
    void wrappedLinesThatContinueInLowerCaseAreOneSentence() {
        String text = "Floodwaters forced about 2,300 residents to leave their\nhomes on Tuesday. Nobody is missing.";
        assertThat(sentences("en", Set.of(), text))
                .containsExactly("Floodwaters forced about 2,300 residents to leave their\nhomes on Tuesday.",
                        "Nobody is missing.");
    }

    @Test
    void aHeadingWithoutFullStopIsItsOwnSentence() {
        assertThat(sentences("en", Set.of(), "Storm hits the coast\nThe storm arrived on Sunday."))
                .containsExactly("Storm hits the coast", "The storm arrived on Sunday.");
    }

    @Test
    void bulletsAreNotPartOfTheirItem() {
        List<Span> spans = new SentenceSegmenter("en", Set.of()).sentences("Key facts:\n• 12 roads closed\n* 40 homes");
        assertThat(spans).extracting(Span::text).containsExactly("Key facts:", "12 roads closed", "40 homes");
    }

    @Test
    void abbreviationsFromTheLanguageDataAreHonoured() {
        String text = "The plan was drawn up by Cllr. Clarke and approved.";
        assertThat(sentences("en", Set.of(), text)).hasSize(2);
        assertThat(sentences("en", Set.of("cllr"), text)).containsExactly(text);
    }

    @Test
    void aClosingAbbreviationFromTheDataStillEndsASentenceBeforeACapital() {
        // en.properties lists "etc" with the titles; a list that ends a sentence must still end it.
        assertThat(sentences("en", Set.of("etc"), "They sent food, water, etc. The road is open."))
                .containsExactly("They sent food, water, etc.", "The road is open.");
    }

    @Test
    void aCountingAbbreviationJoinsOnlyANumber() {
        assertThat(sentences("de", Set.of(), "Er wohnt in Haus Nr. 5 am Markt. Dort brannte es."))
                .containsExactly("Er wohnt in Haus Nr. 5 am Markt.", "Dort brannte es.");
    }

    @Test
    void aSingleLetterClosingAbbreviationAfterAYearEndsTheSentenceButBeforeANameDoesNot() {
        assertThat(sentences("ru", Set.of(), "Это случилось в 2010 г. Тогда было холодно."))
                .containsExactly("Это случилось в 2010 г.", "Тогда было холодно.");
        assertThat(sentences("ru", Set.of(), "Он живёт в г. Москва с детства."))
                .containsExactly("Он живёт в г. Москва с детства.");
    }

    @Test
    void spansPointIntoTheGivenText() {
        String text = "  Første setning. Andre setning!\n\n– Tredje, sier hun.  ";
        for (Span s : new SentenceSegmenter("nb", Set.of()).sentences(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.text()).isEqualTo(s.text().strip()).isNotEmpty();
        }
    }

    @Test
    void undeterminedLanguageStillSegments() {
        assertThat(sentences("und", Set.of(), "One. Two."))
                .containsExactly("One.", "Two.");
        assertThat(new SentenceSegmenter("und", Set.of()).sentences("")).isEmpty();
    }

    @Test
    void abbreviationsWithInnerPeriodsHoldBeforeACapital() {
        assertThat(sentences("nb", Set.of(), "Det gjelder bl.a. Norge og Sverige. Ferdig."))
                .containsExactly("Det gjelder bl.a. Norge og Sverige.", "Ferdig.");
        assertThat(sentences("de", Set.of(), "Das gilt z.B. Berlin und Hamburg. Sonst nichts."))
                .containsExactly("Das gilt z.B. Berlin und Hamburg.", "Sonst nichts.");
        assertThat(sentences("fr", Set.of(), "Il y avait p. ex. Paris et Lyon. Rien d'autre."))
                .containsExactly("Il y avait p. ex. Paris et Lyon.", "Rien d'autre.");
        assertThat(sentences("nb", Set.of(), "Byen ligger ca. 85 km sør for Palmyra, som ble gjenerobret 27. mars."))
                .hasSize(1);
    }
}
