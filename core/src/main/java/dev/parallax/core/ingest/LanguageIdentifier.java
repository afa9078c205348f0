package dev.parallax.core.ingest;

import com.ibm.icu.util.ULocale;
import dev.parallax.core.lang.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text with OpenNLP's language-detection model (103 languages, a 10 MB
 * file that takes about 0.4 s to load once and some 60 MB of heap; see docs/ingestion.md). Chosen
 * over Lingua, which needs ~300 MB of heap for the supported languages, because the service must stay
 * under 512 MB RSS.
 *
 * <p>The model's probabilities are spread over all 103 languages, so even a clear paragraph rarely
 * scores above 0.9 and a clear sentence often scores below 0.2: an absolute threshold on them says
 * little. What matters is how far the best language is ahead of the next one, so the confidence
 * reported is that margin ({@code 1 - second/best}). Languages the model confuses with each other
 * (Bokmål, Nynorsk, Danish, Swedish; Russian and Ukrainian) are first scored together against the
 * rest, then told apart by their distinctive function words and letters ({@link ConfusableLanguages}).
 */
public final class LanguageIdentifier {

    /** Below this margin between the best language and the next, the language is undetermined. */
    static final double MIN_MARGIN = 0.35;
    /** Fewer words than this cannot be identified reliably by anything, so none are guessed. */
    static final int MIN_WORDS = 3;
    /** Nor fewer letters ("Oslo 2017" has four). */
    static final int MIN_LETTERS = 15;
    /** Each distinctive word multiplies a sister language's odds by this. */
    private static final double WORD_EVIDENCE = 3.0;
    /** The first characters are enough to identify an article; more only costs time. */
    private static final int SAMPLE_CHARS = 4000;

    private static final String MODEL = "/langdetect-183.bin";

    private final LanguageDetectorModel model;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
    }

    private static final class Holder {
        static final LanguageIdentifier INSTANCE = load();
    }

    /** The shared identifier; the model is loaded on first use and is safe to share across threads. */
    public static LanguageIdentifier shared() {
        return Holder.INSTANCE;
    }

    private static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " missing from the classpath");
            }
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most likely supported language of the text, or why none is given. */
    public LanguageGuess identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<String> words = ConfusableLanguages.words(sample);
        int letters = 0;
        for (String w : words) {
            letters += w.length();
        }
        if (words.isEmpty()) {
            return LanguageGuess.undetermined(0, "the text has no words, only numbers or symbols");
        }
        if (words.size() < MIN_WORDS || letters < MIN_LETTERS) {
            return LanguageGuess.undetermined(0, "the text is too short (" + words.size()
                    + (words.size() == 1 ? " word" : " words") + ") to tell its language");
        }
        // A detector per call: it only holds the shared, immutable model and a small context generator,
        // so this is cheaper than a lock when several requests identify at once.
        opennlp.tools.langdetect.Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
        Map<String, Double> probability = new HashMap<>();
        for (opennlp.tools.langdetect.Language l : ranked) {
            probability.put(l.getLang(), l.getConfidence());
        }
        List<Candidate> candidates = candidates(probability);
        Candidate best = candidates.get(0);
        Candidate next = candidates.size() > 1 ? candidates.get(1) : null;
        double margin = next == null || best.probability() <= 0 ? 1 : 1 - next.probability() / best.probability();
        if (best.group() != null) {
            Resolved member = resolve(best.group(), probability, words);
            double confidence = margin * member.margin();
            return decide(member.code(), confidence, member.runnerUp());
        }
        return decide(best.code(), margin, next == null ? null : next.code());
    }

    private LanguageGuess decide(String code, double confidence, String runnerUp) {
        Optional<Language> language = Language.fromTag(code);
        if (confidence < MIN_MARGIN) {
            return LanguageGuess.undetermined(confidence, "it could be " + describe(code)
                    + (runnerUp == null ? "" : " or " + describe(runnerUp)) + ", and neither is clearly ahead");
        }
        if (language.isEmpty()) {
            return LanguageGuess.unsupported(code, confidence, null);
        }
        return LanguageGuess.identified(language.get(), confidence);
    }

    /** A language, or a group of sister languages scored as one. */
    private record Candidate(String code, Set<String> group, double probability) {
    }

    private static List<Candidate> candidates(Map<String, Double> probability) {
        List<Candidate> candidates = new ArrayList<>();
        Map<Set<String>, Double> groups = new HashMap<>();
        for (Map.Entry<String, Double> e : probability.entrySet()) {
            Set<String> group = ConfusableLanguages.groupOf(e.getKey());
            if (group == null) {
                candidates.add(new Candidate(e.getKey(), null, e.getValue()));
            } else {
                groups.merge(group, e.getValue(), Double::sum);
            }
        }
        groups.forEach((group, p) -> candidates.add(new Candidate(null, group, p)));
        candidates.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        return candidates;
    }

    private record Resolved(String code, double margin, String runnerUp) {
    }

    /** The member of a group the text is written in: the model's odds, weighed by distinctive words. */
    private static Resolved resolve(Set<String> group, Map<String, Double> probability, List<String> words) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        int least = Integer.MAX_VALUE;
        Map<String, Integer> evidence = new HashMap<>();
        for (String code : group) {
            int hits = ConfusableLanguages.evidence(code, words);
            evidence.put(code, hits);
            least = Math.min(least, hits);
        }
        for (String code : group) {
            // Relative to the member with least evidence, and capped, so long texts cannot overflow.
            int lead = Math.min(evidence.get(code) - least, 30);
            scored.add(Map.entry(code, probability.getOrDefault(code, 0.0) * Math.pow(WORD_EVIDENCE, lead)));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        double first = scored.get(0).getValue();
        double second = scored.get(1).getValue();
        double margin = first <= 0 ? 0 : 1 - second / first;
        return new Resolved(scored.get(0).getKey(), margin, scored.get(1).getKey());
    }

    /** "Danish (dan)" for a message. */
    static String describe(String code) {
        Optional<Language> supported = Language.fromTag(code);
        String tag = supported.map(Language::code).orElse(code);
        String name = ULocale.forLanguageTag(tag).getDisplayLanguage(ULocale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(tag) ? "'" + code + "'" : name + " (" + tag + ")";
    }

    /** Lower-case ISO 639 code without region, for comparisons. */
    static String primary(String tag) {
        return tag.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
    }
}
