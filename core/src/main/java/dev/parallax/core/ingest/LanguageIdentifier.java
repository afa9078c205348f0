package dev.parallax.core.ingest;

import dev.parallax.core.lang.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text with OpenNLP's language-detection model (103 languages, 10 MB,
 * about 0.4 s to load once). Chosen over Lingua, which needs ~300 MB of heap for the supported
 * languages, because the service must stay under 512 MB RSS.
 */
public final class LanguageIdentifier {

    /** Below this probability the text's language is reported as undetermined. */
    static final double MIN_CONFIDENCE = 0.2;

    private static final String MODEL = "/langdetect-183.bin";

    private final LanguageDetectorME detector;

    private LanguageIdentifier(LanguageDetectorME detector) {
        this.detector = detector;
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
            return new LanguageIdentifier(new LanguageDetectorME(new LanguageDetectorModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most likely supported language of the text. */
    public LanguageGuess identify(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        opennlp.tools.langdetect.Language[] ranked;
        synchronized (detector) {
            // LanguageDetectorME keeps per-call state; calls are short, so one lock is cheaper than a pool.
            ranked = detector.predictLanguages(sample);
        }
        if (ranked.length == 0) {
            return new LanguageGuess(java.util.Optional.empty(), 0, "und");
        }
        opennlp.tools.langdetect.Language top = ranked[0];
        double total = 0;
        for (opennlp.tools.langdetect.Language l : ranked) {
            total += l.getConfidence();
        }
        // Norwegian, Danish and Swedish share most of their words; the model spreads probability
        // over them, so the share among all languages is a fairer confidence than the raw value.
        double confidence = total > 0 ? top.getConfidence() / total : 0;
        java.util.Optional<Language> language = Language.fromTag(top.getLang());
        if (language.isEmpty() || confidence < MIN_CONFIDENCE) {
            return new LanguageGuess(java.util.Optional.empty(), confidence, top.getLang());
        }
        return new LanguageGuess(language, confidence, top.getLang());
    }
}
