package dev.parallax.core.lang;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
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
 * Reduces a lower-case word to its stem with the Snowball stemmer of its language (from Lucene), so
 * that "killed" and "killing", "drept" and "drepte" meet the same lexicon entry. Lucene 9 has no
 * Snowball stemmer for Polish or Ukrainian; for those a word is cut to its first
 * {@value #PREFIX_STEM} letters, the usual fallback for inflected languages without a stemmer.
 */
public final class Stemmer {

    static final int PREFIX_STEM = 5;
    private static final int CACHE_LIMIT = 50_000;

    private final Supplier<SnowballStemmer> snowball;
    private final Locale locale;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private Stemmer(Supplier<SnowballStemmer> snowball, Locale locale) {
        this.snowball = snowball;
        this.locale = locale;
    }

    static Stemmer forLanguage(Language language) {
        Supplier<SnowballStemmer> s = switch (language) {
            case ENGLISH -> EnglishStemmer::new;
            case NORWEGIAN_BOKMAL, NORWEGIAN_NYNORSK -> NorwegianStemmer::new;
            case SWEDISH -> SwedishStemmer::new;
            case DANISH -> DanishStemmer::new;
            case GERMAN -> GermanStemmer::new;
            case FRENCH -> FrenchStemmer::new;
            case SPANISH -> SpanishStemmer::new;
            case ITALIAN -> ItalianStemmer::new;
            case PORTUGUESE -> PortugueseStemmer::new;
            case DUTCH -> DutchStemmer::new;
            case RUSSIAN -> RussianStemmer::new;
            case ARABIC -> ArabicStemmer::new;
            case TURKISH -> TurkishStemmer::new;
            case POLISH, UKRAINIAN -> null;
        };
        return new Stemmer(s, language.locale());
    }

    /** A stemmer for text of no supported language: lower-casing only. */
    static Stemmer identity() {
        return new Stemmer(null, Locale.ROOT);
    }

    /** The stem of a word (lower-cased first). */
    public String stem(String word) {
        String lower = word.toLowerCase(locale);
        String cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        String stem = compute(lower);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // bounded: a long-running service sees unbounded vocabulary
        }
        cache.put(lower, stem);
        return stem;
    }

    private String compute(String lower) {
        if (snowball == null) {
            return locale == Locale.ROOT || lower.length() <= PREFIX_STEM
                    ? lower : lower.substring(0, lower.offsetByCodePoints(0, Math.min(PREFIX_STEM, lower.codePointCount(0, lower.length()))));
        }
        // Snowball stemmers keep state between calls, so each call gets its own (they are cheap).
        SnowballStemmer stemmer = snowball.get();
        stemmer.setCurrent(lower);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
