package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.lang.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = LanguageIdentifier.shared();

    @ParameterizedTest
    @EnumSource(Language.class)
    void identifiesAnArticleInEverySupportedLanguage(Language language) {
        String text = Fixtures.text("articles/" + language.code() + ".txt");
        LanguageGuess guess = identifier.identify(text);
        assertThat(guess.language()).contains(language);
        assertThat(guess.confidence()).isGreaterThan(0.5);
        assertThat(guess.reason()).isNull();
    }

    /**
     * Every sentence of the segmentation set on its own, headings and bullet items included: one
     * sentence is the hardest case the identifier meets. It may say it cannot tell (and does for
     * most three-word items), but it must never name a wrong language.
     */
    @Test
    void neverNamesAWrongLanguageForASingleSentence() {
        int right = 0;
        int undetermined = 0;
        List<String> wrong = new ArrayList<>();
        for (Language language : Language.values()) {
            SegmentationAccuracyTest.Case c = SegmentationAccuracyTest.load(language.code());
            for (var sentence : new SentenceSegmenter(language.code(), java.util.Set.of()).sentences(c.text())) {
                LanguageGuess guess = identifier.identify(sentence.text());
                if (guess.language().isEmpty()) {
                    undetermined++;
                } else if (guess.language().get() == language) {
                    right++;
                } else {
                    wrong.add(language.code() + " taken for " + guess.language().get().code() + ": " + sentence.text());
                }
            }
        }
        int total = right + undetermined + wrong.size();
        System.out.printf("Language of single sentences: %d of %d right (%.0f%%), %d undetermined, %d wrong%n",
                right, total, 100.0 * right / total, undetermined, wrong.size());
        assertThat(wrong).isEmpty();
        assertThat(right * 2).as("at least half the sentences identified").isGreaterThan(total);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nn | Det er ikkje kjent kva som skjedde i natt.",
        "nb | Det er ikke kjent hva som skjedde i natt.",
        "da | Det er ikke kendt, hvad der skete i nat.",
        "sv | Det är inte känt vad som hände i natt.",
        "nb | Det er ikke mulig å si noe om årsaken ennå.",
        "uk | Що сталося вночі, поки невідомо.",
        "ru | Что произошло ночью, пока неизвестно."})
    void tellsSisterLanguagesApartInOneSentence(String expected, String sentence) {
        assertThat(identifier.identify(sentence).language()).contains(Language.fromTag(expected).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oslo",
        "sist lørdag",
        "Kari Holm",
        "Storm"})
    void aWordOrTwoIsUndeterminedBecauseTooShort(String text) {
        LanguageGuess guess = identifier.identify(text);
        assertThat(guess.language()).isEmpty();
        assertThat(guess.detectedCode()).isEqualTo("und");
        assertThat(guess.reason()).contains("too short");
    }

    @Test
    void numbersAndSymbolsAloneAreUndetermined() {
        LanguageGuess guess = identifier.identify("128 – 116 (2017) 35 / 67 %");
        assertThat(guess.language()).isEmpty();
        assertThat(guess.reason()).contains("no words");
        assertThat(identifier.identify("").language()).isEmpty();
    }

    @Test
    void aDanishSentenceWithoutTellingWordsIsNotForcedIntoBokmal() {
        // "ikke", "var", "i" are common to both: the model alone must not decide between sisters.
        LanguageGuess guess = identifier.identify("Det var ikke muligt i går.");
        assertThat(guess.language()).satisfiesAnyOf(
                l -> assertThat(l).isEmpty(),
                l -> assertThat(l).contains(Language.DANISH));
    }

    @Test
    void anUnsupportedLanguageIsNamedAndNotMistakenForASupportedOne() {
        String finnish = "Poliisi kertoi tiistaina, että kolme ihmistä loukkaantui liikenneonnettomuudessa "
                + "Tampereella. Onnettomuus tapahtui aamulla moottoritiellä, ja tie oli suljettuna kaksi tuntia.";
        LanguageGuess guess = identifier.identify(finnish);
        assertThat(guess.language()).isEmpty();
        assertThat(guess.detectedCode()).isEqualTo("fin");
        IngestedSource source = Ingester.standard().ingest(SourceInput.text("fi.txt", finnish), "A");
        assertThat(source.source().language()).isEqualTo("und");
        assertThat(source.languageWarning()).hasValueSatisfying(w -> assertThat(w)
                .contains("Finnish").contains("not supported").contains("numbers"));
    }
}
