package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Measures sentence segmentation on the test set in {@code ingest/segmentation} (format in its
 * README): at least 200 sentences in all 16 supported languages, at least 98% of boundaries right.
 * A boundary is the start of a sentence; a missed one and an extra one both count as wrong, so the
 * figure is |expected ∩ found| / |expected ∪ found|.
 */
class SegmentationAccuracyTest {

    private static final List<String> LANGUAGES = List.of("en", "nb", "nn", "sv", "da", "de", "fr", "es", "it", "pt",
            "nl", "pl", "ru", "uk", "ar", "tr");

    /** A text built from the file and the sentence starts the file marks. */
    record Case(String language, String text, TreeSet<Integer> starts, int sentences) {
    }

    static Case load(String language) {
        StringBuilder text = new StringBuilder();
        TreeSet<Integer> starts = new TreeSet<>();
        int sentences = 0;
        String[] lines = Fixtures.text("segmentation/" + language + ".txt").split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (l > 0) {
                text.append('\n');
            }
            String[] parts = line.split(" \\| ", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    text.append(' ');
                }
                String part = parts[p];
                int lead = 0;
                while (lead < part.length() && (part.charAt(lead) == ' ' || part.charAt(lead) == '•')) {
                    lead++;
                }
                if (lead < part.length()) {
                    starts.add(text.length() + lead);
                    sentences++;
                }
                text.append(part);
            }
        }
        String t = text.toString().strip();
        return new Case(language, t, starts, sentences);
    }

    @Test
    void atLeast98PercentOfBoundariesAreRightOverAllLanguages() {
        int sentences = 0;
        int right = 0;
        int union = 0;
        List<String> mistakes = new ArrayList<>();
        for (String language : LANGUAGES) {
            Case c = load(language);
            assertThat(TextNormalizer.normalize(c.text())).as("fixture %s is normalised", language).isEqualTo(c.text());
            List<Span> found = new SentenceSegmenter(language, Set.of()).sentences(c.text());
            TreeSet<Integer> got = new TreeSet<>();
            for (Span s : found) {
                got.add(s.start());
            }
            TreeSet<Integer> both = new TreeSet<>(got);
            both.retainAll(c.starts());
            TreeSet<Integer> all = new TreeSet<>(got);
            all.addAll(c.starts());
            sentences += c.sentences();
            right += both.size();
            union += all.size();
            for (int start : all) {
                if (!both.contains(start)) {
                    String context = c.text().substring(Math.max(0, start - 25), Math.min(c.text().length(), start + 25));
                    mistakes.add(language + (got.contains(start) ? " extra break" : " missed break") + " at «"
                            + context.replace('\n', '/') + "»");
                }
            }
        }
        double accuracy = (double) right / union;
        System.out.printf("Sentence segmentation: %d of %d boundaries right (%.1f%%) over %d sentences in %d languages%n",
                right, union, 100 * accuracy, sentences, LANGUAGES.size());
        mistakes.forEach(m -> System.out.println("  " + m));
        assertThat(sentences).isGreaterThanOrEqualTo(200);
        assertThat(accuracy).as("boundary accuracy; mistakes: %s", mistakes).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void everyLanguageOfTheSetIsSupportedAndHasSentences() {
        assertThat(LANGUAGES).hasSize(dev.parallax.core.lang.Language.values().length);
        for (String language : LANGUAGES) {
            assertThat(dev.parallax.core.lang.Language.fromTag(language)).isPresent();
            assertThat(load(language).sentences()).as(language).isGreaterThanOrEqualTo(12);
        }
    }
}
