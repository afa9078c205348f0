package dev.parallax.core.lang;

import com.ibm.icu.util.ULocale;
import dev.parallax.core.model.Qualifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What Parallax knows about one language, read from its data file
 * {@code dev/parallax/core/lang/<code>.properties} (format: docs/language-data.md): qualifiers, scale
 * and vague-magnitude words, the lexicon of counted things, events and general concepts, reporting
 * phrases, and relative time words. Phrases are stored by their stems, so the file lists base forms.
 */
public final class LanguageData {

    /** Relative time words, each resolved against the publication date. */
    public enum TimeWord {
        TODAY, YESTERDAY, DAY_BEFORE_YESTERDAY, TOMORROW, THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH,
        THIS_YEAR, LAST_YEAR, NEXT_YEAR
    }

    /** Units that "N units ago" counts back in. */
    public enum TimeUnit { DAY, WEEK, MONTH, YEAR }

    private final Language language;
    private final Stemmer stemmer;
    private final Tokenizer tokenizer;
    private final Set<String> abbreviations = new HashSet<>();
    private final PhraseTable<Qualifier> qualifiersBefore = new PhraseTable<>();
    private final PhraseTable<Qualifier> qualifiersAfter = new PhraseTable<>();
    private final PhraseTable<Boolean> rangeStart = new PhraseTable<>();
    private final PhraseTable<Boolean> rangeJoin = new PhraseTable<>();
    private final PhraseTable<Double> scales = new PhraseTable<>();
    private final PhraseTable<Double> vague = new PhraseTable<>();
    private final PhraseTable<String> counted = new PhraseTable<>();
    private final PhraseTable<String> units = new PhraseTable<>();
    private final PhraseTable<String> predicates = new PhraseTable<>();
    private final PhraseTable<String> concepts = new PhraseTable<>();
    private final PhraseTable<String> speakers = new PhraseTable<>();
    private final PhraseTable<Boolean> attributionBefore = new PhraseTable<>();
    private final PhraseTable<Boolean> attributionVerbs = new PhraseTable<>();
    private final PhraseTable<TimeWord> timeWords = new PhraseTable<>();
    private final PhraseTable<TimeUnit> timeUnits = new PhraseTable<>();
    private final PhraseTable<Boolean> agoBefore = new PhraseTable<>();
    private final PhraseTable<Boolean> agoAfter = new PhraseTable<>();
    private final PhraseTable<Boolean> previous = new PhraseTable<>();
    private final Set<String> nameParticles = new HashSet<>();
    private final Set<String> nounDeterminers = new HashSet<>();

    private LanguageData(Language language, Stemmer stemmer) {
        this.language = language;
        this.stemmer = stemmer;
        this.tokenizer = new Tokenizer(language == null ? ULocale.ROOT : ULocale.forLocale(language.locale()), stemmer);
    }

    /** Data for text of no supported language: no words known, so only numbers and names are read. */
    static LanguageData empty() {
        return new LanguageData(null, Stemmer.identity());
    }

    static LanguageData load(Language language) {
        String resource = "/dev/parallax/core/lang/" + language.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = LanguageData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("language data " + resource + " missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LanguageData d = new LanguageData(language, Stemmer.forLanguage(language));
        d.read(p, resource);
        return d;
    }

    private void read(Properties p, String resource) {
        for (String key : p.stringPropertyNames()) {
            List<String> phrases = phrases(p.getProperty(key));
            String[] parts = key.split("\\.");
            try {
                switch (parts[0]) {
                    case "abbreviations" -> phrases.forEach(a -> abbreviations.add(a.toLowerCase(Locale.ROOT)));
                    case "name" -> phrases.forEach(a -> (switch (parts[1]) {
                        case "particles" -> nameParticles;
                        case "determiners" -> nounDeterminers;
                        default -> throw new IllegalArgumentException("unknown name key " + parts[1]);
                    }).add(a.toLowerCase(Locale.ROOT)));
                    case "qualifier" -> addAll(parts[1].equals("after") ? qualifiersAfter : qualifiersBefore, phrases,
                            Qualifier.valueOf(parts[2]));
                    case "range" -> addAll(parts[1].equals("start") ? rangeStart : rangeJoin, phrases, Boolean.TRUE);
                    case "scale" -> addAll(scales, phrases, Double.parseDouble(parts[1]));
                    case "vague" -> addAll(vague, phrases, Double.parseDouble(parts[1]));
                    case "counted" -> addAll(counted, phrases, parts[1]);
                    case "unit" -> addAll(units, phrases, parts[1]);
                    case "predicate" -> addAll(predicates, phrases, parts[1]);
                    case "concept" -> addAll(concepts, phrases, parts[1]);
                    case "speaker" -> addAll(speakers, phrases, parts[1]);
                    case "attribution" -> addAll(parts[1].equals("before") ? attributionBefore : attributionVerbs,
                            phrases, Boolean.TRUE);
                    case "time" -> readTime(parts, phrases);
                    default -> throw new IllegalArgumentException("unknown key");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": bad entry '" + key + "': " + e.getMessage(), e);
            }
        }
    }

    private void readTime(String[] parts, List<String> phrases) {
        switch (parts[1]) {
            case "word" -> addAll(timeWords, phrases, TimeWord.valueOf(parts[2]));
            case "unit" -> addAll(timeUnits, phrases, TimeUnit.valueOf(parts[2]));
            case "ago" -> addAll(parts[2].equals("before") ? agoBefore : agoAfter, phrases, Boolean.TRUE);
            case "previous" -> addAll(previous, phrases, Boolean.TRUE);
            default -> throw new IllegalArgumentException("unknown time key " + parts[1]);
        }
    }

    private <V> void addAll(PhraseTable<V> table, List<String> phrases, V value) {
        for (String phrase : phrases) {
            List<String> stems = new ArrayList<>();
            for (Token t : tokenizer.tokenize(phrase, 0, phrase.length())) {
                stems.add(t.stem());
            }
            table.add(stems, value);
        }
    }

    private static List<String> phrases(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The language, or null for the data of no supported language. */
    public Language language() {
        return language;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public Stemmer stemmer() {
        return stemmer;
    }

    /** Lower-case abbreviations without their final period, which do not end a sentence. */
    public Set<String> abbreviations() {
        return abbreviations;
    }

    /** Lower-case particles that may stand inside a name ("al", "von", "de"). */
    public Set<String> nameParticles() {
        return nameParticles;
    }

    public PhraseTable<Qualifier> qualifiersBefore() {
        return qualifiersBefore;
    }

    public PhraseTable<Qualifier> qualifiersAfter() {
        return qualifiersAfter;
    }

    /**
     * For languages that capitalise every noun (German): lower-case words after which a capitalised
     * word is a common noun, not a name ("der", "eine", "keine").
     */
    public Set<String> nounDeterminers() {
        return nounDeterminers;
    }

    /** "between" of "between 20 and 25". */
    public PhraseTable<Boolean> rangeStart() {
        return rangeStart;
    }

    /** "and", "to" of "between 20 and 25", "20 to 25". */
    public PhraseTable<Boolean> rangeJoin() {
        return rangeJoin;
    }

    /** "million", "tusen": words multiplying the number before them. */
    public PhraseTable<Double> scales() {
        return scales;
    }

    /** "dozens", "tusenvis": a magnitude without a figure. */
    public PhraseTable<Double> vague() {
        return vague;
    }

    /** Nouns a number counts, by concept (PERSON, BODY, ...). */
    public PhraseTable<String> counted() {
        return counted;
    }

    /** Units and currencies by code (KM, PERCENT, USD, ...). */
    public PhraseTable<String> units() {
        return units;
    }

    /** Event words by predicate concept (KILL, FIND, ...). */
    public PhraseTable<String> predicates() {
        return predicates;
    }

    /** General vocabulary by concept, the language-neutral gist of a sentence. */
    public PhraseTable<String> concepts() {
        return concepts;
    }

    /** Frequent speakers by concept (POLICE, MINISTRY, ...). */
    public PhraseTable<String> speakers() {
        return speakers;
    }

    /** "according to", "ifølge": the speaker follows. */
    public PhraseTable<Boolean> attributionBefore() {
        return attributionBefore;
    }

    /** "said", "sier": a reporting verb next to its speaker. */
    public PhraseTable<Boolean> attributionVerbs() {
        return attributionVerbs;
    }

    public PhraseTable<TimeWord> timeWords() {
        return timeWords;
    }

    public PhraseTable<TimeUnit> timeUnits() {
        return timeUnits;
    }

    /** "for" of "for tre uker siden". */
    public PhraseTable<Boolean> agoBefore() {
        return agoBefore;
    }

    /** "ago", "siden". */
    public PhraseTable<Boolean> agoAfter() {
        return agoAfter;
    }

    /** "last", "sist", "forrige": the previous one of a weekday or month. */
    public PhraseTable<Boolean> previous() {
        return previous;
    }
}
