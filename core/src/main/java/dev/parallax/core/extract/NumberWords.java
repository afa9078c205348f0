package dev.parallax.core.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads numbers written as words ("tre", "dreihundert", "сто двадцать") with ICU's spell-out rules.
 * Lenient parsing is needed for German compounds and costs milliseconds a call, so results (also
 * failures) are cached, and a parse counts only when it consumed the whole phrase: ICU otherwise
 * returns the number of a prefix silently.
 */
final class NumberWords {

    private static final int CACHE_LIMIT = 20_000;

    private final ULocale locale;
    private final ThreadLocal<RuleBasedNumberFormat> format;
    private final Map<String, Double> cache = new ConcurrentHashMap<>();

    NumberWords(ULocale locale) {
        this.locale = locale;
        this.format = ThreadLocal.withInitial(() -> {
            RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            f.setLenientParseMode(true);
            return f;
        });
    }

    /** The value of a phrase of number words, or empty. */
    OptionalDouble parse(String phrase) {
        String p = phrase.toLowerCase(locale.toLocale()).replace("\u00AD", "").strip();
        if (p.length() < 2 || !p.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
            return OptionalDouble.empty();
        }
        Double cached = cache.get(p);
        if (cached == null) {
            cached = compute(p);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(p, cached);
        }
        return cached.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(cached);
    }

    private double compute(String p) {
        String[] candidates = p.matches("[\\p{IsLatin} -]+") ? new String[] {p, withoutAccents(p)} : new String[] {p};
        for (String candidate : candidates) {
            ParsePosition pos = new ParsePosition(0);
            Number n = format.get().parse(candidate, pos);
            if (n != null && pos.getIndex() == candidate.length() && n.doubleValue() > 0) {
                return n.doubleValue();
            }
        }
        return Double.NaN;
    }

    /** "én" is Norwegian for one, written with an accent for stress; ICU's rules spell it "en". */
    private static String withoutAccents(String p) {
        return java.text.Normalizer.normalize(p, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
