package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {

    @ParameterizedTest(name = "{0}: \"{1}\" = {2}")
    @CsvSource(delimiter = ';', value = {
        "en; 30,000; 30000",
        "en; 1,200; 1200",
        "en; 1.200; 1.2",
        "en; 2.1; 2.1",
        "en; 1,234,567.5; 1234567.5",
        "de; 30.000; 30000",
        "de; 1.200; 1200",
        "de; 1,6; 1.6",
        "nb; 1,6; 1.6",
        "nb; 1.200; 1200",
        "fr; 1,5; 1.5",
        "es; 4.500; 4500",
        "ru; 2,5; 2.5",
        "ar; ٣٠٠٠٠; 30000",
        "ar; ١٢٨; 128",
        "en; 0128; 128",
    })
    void readsDigitsByTheLanguagesConventions(String language, String token, double expected) {
        assertThat(new NumberParser(ULocale.forLanguageTag(language)).parse(token)).hasValue(expected);
    }

    @Test
    void refusesWhatIsNotAPlainNumber() {
        NumberParser en = new NumberParser(ULocale.ENGLISH);
        assertThat(en.parse("1.2.3")).isEmpty();
        assertThat(en.parse("12a")).isEmpty();
        assertThat(en.parse("1,23,4")).isEmpty();
        assertThat(en.parse(",5")).isEmpty();
    }
}
