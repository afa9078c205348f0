package dev.parallax.core.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The general vocabulary of each language: the same concept ids as the English master list, and
 * concepts that carry a sentence's gist across languages. Each language's sentence pairs
 * ({@code vocabulary/<code>.tsv}, an English sentence and its translation per line, written for this
 * test) must share concepts, and every English sentence must find its own translation among the
 * others by shared concepts alone, the way the offline aligner uses them.
 */
class VocabularyTest {

    private static Properties vocabulary(Language language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource("/dev/parallax/core/lang/vocabulary/" + language.code() + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private static InputStream resource(String name) {
        return VocabularyTest.class.getResourceAsStream(name);
    }

    static Stream<Language> translations() {
        return Stream.of(Language.values()).filter(l -> l != Language.ENGLISH);
    }

    private static void assumeTranslated(Language language) throws IOException {
        assumeTrue(!vocabulary(language).isEmpty(), language + " has no general vocabulary yet");
    }

    @Test
    void englishIsAMasterListOfTheGeneralVocabularyOfNews() throws IOException {
        assertThat(vocabulary(Language.ENGLISH).size()).isGreaterThanOrEqualTo(2000);
        // Inflected forms meet their base form through the stemmer.
        assertThat(concepts(Language.ENGLISH, "The councils elected new leaders"))
                .containsAll(concepts(Language.ENGLISH, "a council elects a new leader"));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyConceptIdIsOneOfTheEnglishMasterList(Language language) throws IOException {
        assumeTranslated(language);
        Set<String> unknown = new TreeSet<>(vocabulary(language).stringPropertyNames());
        unknown.removeAll(vocabulary(Language.ENGLISH).stringPropertyNames());
        assertThat(unknown).as("concept ids of %s that English lacks", language).isEmpty();
        assertThat(LanguageRegistry.of(language).vocabulary().isEmpty()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translatedSentencesShareTheirConceptsAndFindEachOther(Language language) throws IOException {
        assumeTranslated(language);
        List<String[]> pairs = pairs(language);
        assertThat(pairs).as("sentence pairs of %s", language).hasSizeGreaterThanOrEqualTo(8);
        List<Set<String>> english = new ArrayList<>();
        List<Set<String>> translated = new ArrayList<>();
        for (String[] pair : pairs) {
            english.add(concepts(Language.ENGLISH, pair[0]));
            translated.add(concepts(language, pair[1]));
        }
        for (int i = 0; i < pairs.size(); i++) {
            double own = jaccard(english.get(i), translated.get(i));
            assertThat(own).as("%s: concepts shared by '%s' and '%s'", language, pairs.get(i)[0], pairs.get(i)[1])
                    .isGreaterThanOrEqualTo(0.3);
            for (int j = 0; j < pairs.size(); j++) {
                if (j != i) {
                    assertThat(jaccard(english.get(i), translated.get(j)))
                            .as("%s: '%s' is closer to '%s' than to its translation", language, pairs.get(i)[0], pairs.get(j)[1])
                            .isLessThan(own);
                }
            }
        }
    }

    private static List<String[]> pairs(Language language) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        try (InputStream in = resource("/vocabulary/" + language.code() + ".tsv")) {
            assertThat(in).as("vocabulary/%s.tsv", language.code()).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] pair = line.split("\t");
                    assertThat(pair).as("line '%s' of vocabulary/%s.tsv", line, language.code()).hasSize(2);
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    private static Set<String> concepts(Language language, String sentence) {
        LanguageData data = LanguageRegistry.of(language);
        Set<String> concepts = new HashSet<>();
        for (var m : data.vocabulary().findAll(data.tokenizer().tokenize(sentence, 0, sentence.length()))) {
            concepts.addAll(m.value());
        }
        return concepts;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
