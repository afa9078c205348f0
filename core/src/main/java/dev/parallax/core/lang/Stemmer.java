package dev.parallax.core.lang;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Reduces a lower-case word to its stem, so that "killed" and "killing", "drept" and "drepte" meet
 * the same lexicon entry. Each language uses the best stemmer Lucene 9 ships for it: Snowball for
 * most; Lucene's Arabic normaliser and light stemmer for Arabic (it folds hamza and alef variants and
 * strips the article with its clitics, "وال", "بال", so the lexicon lists bare words); Stempel for Polish; for Ukrainian, which has no stemmer in Lucene,
 * the lemma from the Morfologik Ukrainian dictionary, and for words the dictionary does not know, the
 * first {@value #PREFIX_STEM} letters (the usual fallback for inflected languages).
 */
public final class Stemmer {

    static final int PREFIX_STEM = 5;
    private static final int CACHE_LIMIT = 50_000;

    private final Function<String, String> algorithm;
    private final Locale locale;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private Stemmer(Function<String, String> algorithm, Locale locale) {
        this.algorithm = algorithm;
        this.locale = locale;
    }

    static Stemmer forLanguage(Language language) {
        Function<String, String> a = switch (language) {
            case ENGLISH -> snowball(EnglishStemmer::new);
            case NORWEGIAN_BOKMAL, NORWEGIAN_NYNORSK -> snowball(NorwegianStemmer::new);
            case SWEDISH -> snowball(SwedishStemmer::new);
            case DANISH -> snowball(DanishStemmer::new);
            case GERMAN -> snowball(GermanStemmer::new);
            case FRENCH -> snowball(FrenchStemmer::new);
            case SPANISH -> snowball(SpanishStemmer::new);
            case ITALIAN -> snowball(ItalianStemmer::new);
            case PORTUGUESE -> snowball(PortugueseStemmer::new);
            case DUTCH -> snowball(DutchStemmer::new);
            case RUSSIAN -> snowball(RussianStemmer::new);
            case TURKISH -> snowball(TurkishStemmer::new);
            case ARABIC -> Stemmer::arabic;
            case POLISH -> polish();
            case UKRAINIAN -> ukrainian();
        };
        return new Stemmer(a, language.locale());
    }

    /** A stemmer for text of no supported language: lower-casing only. */
    static Stemmer identity() {
        return new Stemmer(w -> w, Locale.ROOT);
    }

    /** The stem of a word (lower-cased first). */
    public String stem(String word) {
        String lower = word.toLowerCase(locale);
        String cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        String stem = algorithm.apply(lower);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // bounded: a long-running service sees unbounded vocabulary
        }
        cache.put(lower, stem);
        return stem;
    }

    private static Function<String, String> snowball(Supplier<SnowballStemmer> factory) {
        // Snowball stemmers keep state between calls, so each call gets its own (they are cheap).
        return lower -> {
            SnowballStemmer stemmer = factory.get();
            stemmer.setCurrent(lower);
            stemmer.stem();
            return stemmer.getCurrent();
        };
    }

    private static String arabic(String lower) {
        char[] chars = lower.toCharArray();
        int length = new ArabicNormalizer().normalize(chars, chars.length);
        length = new ArabicStemmer().stem(chars, length);
        return new String(chars, 0, length);
    }

    private static Function<String, String> polish() {
        StempelStemmer stempel = new StempelStemmer(PolishAnalyzer.getDefaultTable());
        return lower -> {
            StringBuilder stem;
            synchronized (stempel) { // Stempel reuses one buffer between calls
                stem = stempel.stem(lower);
            }
            return stem == null || stem.length() == 0 ? lower : stem.toString();
        };
    }

    private static Function<String, String> ukrainian() {
        Dictionary dictionary;
        try {
            dictionary = Dictionary.read(Stemmer.class.getResource("/ua/net/nlp/ukrainian.dict"));
        } catch (IOException e) {
            throw new UncheckedIOException("Morfologik Ukrainian dictionary missing from the classpath", e);
        }
        ThreadLocal<DictionaryLookup> lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        return lower -> {
            List<WordData> forms = lookup.get().lookup(lower);
            if (!forms.isEmpty()) {
                // An ambiguous form has several lemmas; the shortest is the base form most lexicon entries name.
                String best = null;
                for (WordData w : forms) {
                    String lemma = w.getStem().toString().toLowerCase(Locale.ROOT);
                    if (best == null || lemma.length() < best.length()) {
                        best = lemma;
                    }
                }
                return best;
            }
            int letters = lower.codePointCount(0, lower.length());
            return letters <= PREFIX_STEM ? lower : lower.substring(0, lower.offsetByCodePoints(0, PREFIX_STEM));
        };
    }
}
