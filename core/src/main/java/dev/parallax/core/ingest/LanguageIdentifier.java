package dev.parallax.core.ingest;

import com.ibm.icu.util.ULocale;
import dev.parallax.core.lang.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

    /**
     * Below this margin between the best language and the next, the language is undetermined. Set on
     * the segmentation sentences (docs/ingestion.md): at 0.2 no single sentence of them was given a
     * wrong language, at 0.1 three were.
     */
    static final double MIN_MARGIN = 0.2;
    /**
     * Sister languages (Bokmål, Nynorsk, Danish) are told apart by the model alone only with this
     * margin; with a distinctive word ("ikkje", "efter") MIN_MARGIN is enough.
     */
    static final double MIN_SISTER_MARGIN = 0.5;
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
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(probability.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        String best = sorted.get(0).getKey();
        Set<String> group = ConfusableLanguages.groupOf(best);
        // Sister languages do not count against the best one: they are told apart below.
        Map.Entry<String, Double> next = sorted.stream().skip(1)
                .filter(e -> group == null || !group.contains(e.getKey())).findFirst().orElse(null);
        double top = sorted.get(0).getValue();
        double margin = next == null || top <= 0 ? 1 : 1 - next.getValue() / top;
        if (group != null) {
            Resolved member = resolve(group, probability, words);
            if (member.evidenceLead() <= 0 && member.margin() < MIN_SISTER_MARGIN) {
                return LanguageGuess.undetermined(member.margin(), "it could be " + describe(member.code()) + " or "
                        + describe(member.runnerUp()) + ", and no word in it tells them apart");
            }
            return decide(member.code(), Math.min(margin, member.margin()),
                    member.margin() < margin ? member.runnerUp() : next == null ? null : next.getKey());
        }
        return decide(best, margin, next == null ? null : next.getKey());
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

    /** The member chosen, its margin over the runner-up, and how many more distinctive words it has. */
    private record Resolved(String code, double margin, String runnerUp, int evidenceLead) {
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
        String code = scored.get(0).getKey();
        String runnerUp = scored.get(1).getKey();
        return new Resolved(code, margin, runnerUp, evidence.get(code) - evidence.get(runnerUp));
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
