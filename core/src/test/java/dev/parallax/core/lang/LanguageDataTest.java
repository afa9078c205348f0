package dev.parallax.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LanguageDataTest {

    /** Key families every language must cover with the same concepts as English. */
    private static final Set<String> SHARED = Set.of("counted.", "predicate.", "speaker.", "concept.", "time.word.",
            "time.unit.", "unit.");

    private static Properties raw(Language language) throws Exception {
        Properties p = new Properties();
        try (var in = LanguageData.class.getResourceAsStream("/dev/parallax/core/lang/" + language.code() + ".properties")) {
            assertThat(in).as("data file of %s", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> sharedKeys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> SHARED.stream().anyMatch(k::startsWith))
                .filter(k -> !k.startsWith("unit.before.")) // units written before the number are a property of a language
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageLoadsAndNamesTheSameConceptsAsEnglish(Language language) throws Exception {
        LanguageData data = LanguageRegistry.of(language);
        assertThat(data.language()).isEqualTo(language);
        assertThat(data.counted().isEmpty()).isFalse();
        assertThat(data.attributionVerbs().isEmpty()).isFalse();
        assertThat(data.timeWords().isEmpty()).isFalse();
        Set<String> missing = new TreeSet<>(sharedKeys(raw(Language.ENGLISH)));
        missing.removeAll(sharedKeys(raw(language)));
        Set<String> extra = new TreeSet<>(sharedKeys(raw(language)));
        extra.removeAll(sharedKeys(raw(Language.ENGLISH)));
        assertThat(extra).as("concepts %s has that English lacks (add them to every file)", language).isEmpty();
        String file = new String(LanguageData.class.getResourceAsStream(
                "/dev/parallax/core/lang/" + language.code() + ".properties").readAllBytes(), StandardCharsets.UTF_8);
        // A key a language cannot express must say so in a comment naming it (data reviewed like code).
        missing.removeIf(key -> file.lines().anyMatch(l -> l.startsWith("#") && l.contains(key)));
        assertThat(missing).as("concepts English has that %s lacks without a comment saying why", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void lastYearIsATimeWordInEveryLanguage(Language language) throws Exception {
        LanguageData data = LanguageRegistry.of(language);
        String phrase = raw(language).getProperty("time.word.LAST_YEAR").split("\\|")[0].strip();
        var tokens = data.tokenizer().tokenize(phrase, 0, phrase.length());
        var match = data.timeWords().matchAt(tokens, 0);
        assertThat(match).as("'%s' in %s", phrase, language).isNotNull();
        assertThat(match.value()).isEqualTo(LanguageData.TimeWord.LAST_YEAR);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noStemIsListedUnderTwoValuesOfOneTable(Language language) {
        // Otherwise the value a text gets would depend on the order the file happens to be read in.
        // A word that must not be stemmed together with another is written "=word" (exact form).
        var clashes = LanguageRegistry.of(language).tables().stream().flatMap(t -> t.clashes().stream()).toList();
        assertThat(clashes).as("phrases of %s that read the same under two values", language).isEmpty();
    }
}
