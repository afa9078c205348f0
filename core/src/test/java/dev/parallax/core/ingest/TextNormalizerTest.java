package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @Test
    void composesLettersAndAccents() {
        String decomposed = "Sørvik o\u0308 e\u0301"; // o + combining diaeresis, e + combining acute
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Sørvik ö é");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u201Cquoted\u201D | \"quoted\"",
        "\u201Equoted\u201C | \"quoted\"",
        "\u00ABsitert\u00BB | \"sitert\"",
        "it\u2019s | it's",
        "м\u02BCясо | м'ясо",
        "a \u2014 b \u2015 c \u2012 d | a – b – c – d",
        "COVID\u201119 \u221212 | COVID-19 -12",
        "128\u00A0000 / 128\u202F000 / 128\u2009000 | 128 000 / 128 000 / 128 000",
        "ex\u00ADtra\u200Bor\u200Ddi\u2060na\u200Ery | extraordinary",
        "\u202Bبيروت\u202C \u200Fعاجل | بيروت عاجل",
        "الأخبـــار | الأخبار"})
    void unifiesQuotesDashesSpacesAndDropsInvisibles(String raw, String normalised) {
        assertThat(TextNormalizer.normalize(raw)).isEqualTo(normalised);
    }

    @Test
    void keepsDigitsOfOtherScriptsButMakesThemRecognisable() {
        String arabic = "قتل ١٢٨ شخصا";
        String text = TextNormalizer.normalize(arabic);
        assertThat(text).isEqualTo(arabic);
        String ascii = TextNormalizer.asciiDigits(text);
        assertThat(ascii).hasSameSizeAs(text).isEqualTo("قتل 128 شخصا");
        assertThat(TextNormalizer.asciiDigits("۳۵ و ४२")).isEqualTo("35 و 42");
        assertThat(TextNormalizer.asciiDigits("no digits")).isSameAs("no digits");
    }

    @Test
    void linesAndParagraphsAreTidied() {
        String raw = "  Tittel  \r\n\r\n\r\n\tFørste   avsnitt.\rAndre linje.\u2029Neste\f\n\n\n";
        assertThat(TextNormalizer.normalize(raw)).isEqualTo("Tittel\n\nFørste avsnitt.\nAndre linje.\nNeste");
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacter() {
        assertThat(TextNormalizer.normalize("a\uD800b \uDC00")).isEqualTo("a\uFFFDb \uFFFD");
        assertThat(TextNormalizer.normalize("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
    }

    @Test
    void removingAnInvisibleBetweenLetterAndAccentStillComposes() {
        String raw = "e\u200D\u0301";
        String once = TextNormalizer.normalize(raw);
        assertThat(once).isEqualTo("é");
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }
}
