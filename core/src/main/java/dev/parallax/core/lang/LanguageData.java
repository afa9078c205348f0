package dev.parallax.core.lang;

import com.ibm.icu.util.ULocale;
import dev.parallax.core.model.Qualifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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

    private static final Pattern VOCABULARY_KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private final Language language;
    private final Stemmer stemmer;
    private final Tokenizer tokenizer;
    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private final Set<String> placePrepositions = new HashSet<>();
    private final PhraseTable<Boolean> titles = new PhraseTable<>();
    private final PhraseTable<String> nameTypes = new PhraseTable<>();
    private final PhraseTable<Boolean> notNumbers = new PhraseTable<>();
    private final PhraseTable<Boolean> partitives = new PhraseTable<>();
    private final PhraseTable<String> unitsBefore = new PhraseTable<>();
    private final PhraseTable<Boolean> ageWords = new PhraseTable<>();
    private final PhraseTable<Boolean> attributionAfter = new PhraseTable<>();
    private final PhraseTable<Boolean> previousAfter = new PhraseTable<>();
    private final PhraseTable<Boolean> dayParts = new PhraseTable<>();
    private final PhraseTable<Gazetteer.Name> gazetteer = new PhraseTable<>();
    private boolean speakerOpensClause;
    private final List<PhraseTable<?>> tables = new ArrayList<>();
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
    private final PhraseTable<Boolean> rising = new PhraseTable<>();
    private final PhraseTable<List<String>> vocabulary = new PhraseTable<>();
    private final PhraseTable<Boolean> copulas = new PhraseTable<>();
    private final Set<String> nameParticles = new HashSet<>();
    private final Set<String> nounDeterminers = new HashSet<>();

    private LanguageData(Language language, Stemmer stemmer, Properties p) {
        this.language = language;
        this.stemmer = stemmer;
        Set<String> elisions = new HashSet<>();
        phrases(p.getProperty("tokens.elision", "")).forEach(e -> elisions.add(e.toLowerCase(Locale.ROOT)));
        this.tokenizer = new Tokenizer(language == null ? ULocale.ROOT : ULocale.forLocale(language.locale()), stemmer,
                Set.copyOf(elisions), "suffix".equals(p.getProperty("tokens.apostrophe", "").strip()));
    }

    /** Data for text of no supported language: no words known, so only numbers and names are read. */
    static LanguageData empty() {
        return new LanguageData(null, Stemmer.identity(), new Properties());
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
        LanguageData d = new LanguageData(language, Stemmer.forLanguage(language), p);
        d.read(p, resource);
        d.readGazetteer();
        d.readVocabulary("/dev/parallax/core/lang/vocabulary/" + language.code() + ".properties");
        return d;
    }

    private void read(Properties p, String resource) {
        // Sorted, so that a file is read the same way every time (clashes are reported by a test, not
        // left to the order of a hash table).
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            List<String> phrases = phrases(p.getProperty(key));
            String[] parts = key.split("\\.");
            String source = resource.substring(resource.lastIndexOf('/') + 1) + " " + key;
            try {
                switch (parts[0]) {
                    case "abbreviations" -> phrases.forEach(a -> abbreviations.add(a.toLowerCase(Locale.ROOT)));
                    case "articles" -> phrases.forEach(a -> articles.add(a.toLowerCase(Locale.ROOT)));
                    case "tokens" -> {
                        // read before the tokenizer was built
                    }
                    case "name" -> readName(parts, phrases, source);
                    case "number" -> addAll(parts[1].equals("not") ? notNumbers : partitives, phrases, Boolean.TRUE, source);
                    case "qualifier" -> addAll(parts[1].equals("after") ? qualifiersAfter : qualifiersBefore, phrases,
                            Qualifier.valueOf(parts[2]), source);
                    case "range" -> addAll(parts[1].equals("start") ? rangeStart : rangeJoin, phrases, Boolean.TRUE, source);
                    case "scale" -> addAll(scales, phrases, Double.parseDouble(parts[1]), source);
                    case "vague" -> addAll(vague, phrases, Double.parseDouble(parts[1]), source);
                    case "counted" -> addAll(counted, phrases, parts[1], source);
                    case "unit" -> {
                        if (parts[1].equals("before")) {
                            addAll(unitsBefore, phrases, parts[2], source);
                        } else {
                            addAll(units, phrases, parts[1], source);
                        }
                    }
                    case "age" -> addAll(ageWords, phrases, Boolean.TRUE, source);
                    case "copula" -> addAll(copulas, phrases, Boolean.TRUE, source);
                    case "predicate" -> addAll(predicates, phrases, parts[1], source);
                    case "concept" -> addAll(concepts, phrases, parts[1], source);
                    case "speaker" -> addAll(speakers, phrases, parts[1], source);
                    case "attribution" -> readAttribution(parts, phrases, p.getProperty(key), source);
                    case "time" -> readTime(parts, phrases, source);
                    case "trend" -> {
                        if (!parts[1].equals("rising")) {
                            throw new IllegalArgumentException("unknown trend " + parts[1]);
                        }
                        addAll(rising, phrases, Boolean.TRUE, source);
                    }
                    default -> throw new IllegalArgumentException("unknown key");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": bad entry '" + key + "': " + e.getMessage(), e);
            }
        }
    }

    private void readName(String[] parts, List<String> phrases, String source) {
        switch (parts[1]) {
            case "particles" -> phrases.forEach(a -> nameParticles.add(a.toLowerCase(Locale.ROOT)));
            case "determiners" -> phrases.forEach(a -> nounDeterminers.add(a.toLowerCase(Locale.ROOT)));
            case "place" -> phrases.forEach(a -> placePrepositions.add(a.toLowerCase(Locale.ROOT)));
            case "titles" -> addAll(titles, phrases, Boolean.TRUE, source);
            case "type" -> addAll(nameTypes, phrases, parts[2], source);
            default -> throw new IllegalArgumentException("unknown name key " + parts[1]);
        }
    }

    private void readAttribution(String[] parts, List<String> phrases, String raw, String source) {
        switch (parts[1]) {
            case "before" -> addAll(attributionBefore, phrases, Boolean.TRUE, source);
            case "after" -> addAll(attributionAfter, phrases, Boolean.TRUE, source);
            case "verbs" -> addAll(attributionVerbs, phrases, Boolean.TRUE, source);
            case "opens" -> speakerOpensClause = Boolean.parseBoolean(raw.strip());
            default -> throw new IllegalArgumentException("unknown attribution key " + parts[1]);
        }
    }

    private void readTime(String[] parts, List<String> phrases, String source) {
        switch (parts[1]) {
            case "word" -> addAll(timeWords, phrases, TimeWord.valueOf(parts[2]), source);
            case "unit" -> addAll(timeUnits, phrases, TimeUnit.valueOf(parts[2]), source);
            case "ago" -> addAll(parts[2].equals("before") ? agoBefore : agoAfter, phrases, Boolean.TRUE, source);
            case "previous" -> addAll(parts.length > 2 && parts[2].equals("after") ? previousAfter : previous, phrases,
                    Boolean.TRUE, source);
            case "daypart" -> addAll(dayParts, phrases, Boolean.TRUE, source);
            default -> throw new IllegalArgumentException("unknown time key " + parts[1]);
        }
    }

    private void readGazetteer() {
        for (Gazetteer.Entry e : Gazetteer.entries()) {
            for (String form : Gazetteer.forms(e, language.code())) {
                boolean acronym = form.length() > 1 && form.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
                // An acronym is matched as written ("IS" is not "is"); a name by its stems, so that
                // "Roten Kreuzes" meets "Rotes Kreuz" and "الموصل" meets "موصل".
                addAll(gazetteer, List.of(acronym ? "=" + form : form),
                        new Gazetteer.Name(Gazetteer.canonical(e), e.type(), acronym), "gazetteer.properties " + e.id());
            }
        }
        // CLDR's names of the countries of the world in this language: a gazetteer ICU already has.
        // Countries whose names stem alike ("Niger", "Nigeria") are matched as written.
        ULocale here = ULocale.forLocale(language.locale());
        Map<List<String>, Integer> stemCounts = new HashMap<>();
        List<String[]> countries = new ArrayList<>();
        for (String country : ULocale.getISOCountries()) {
            ULocale region = new ULocale("und", country);
            String name = region.getDisplayCountry(here);
            if (!name.equals(country) && !name.isBlank()) {
                countries.add(new String[] {country, name, region.getDisplayCountry(ULocale.ENGLISH)});
                stemCounts.merge(stems(name), 1, Integer::sum);
            }
        }
        for (String[] c : countries) {
            String form = stemCounts.get(stems(c[1])) > 1 ? "=" + c[1] : c[1];
            addAll(gazetteer, List.of(form), new Gazetteer.Name(c[2], dev.parallax.core.model.EntityType.PLACE, false),
                    "CLDR country " + c[0]);
        }
    }

    private List<String> stems(String phrase) {
        List<String> stems = new ArrayList<>();
        for (Token t : tokenizer.tokenize(phrase, 0, phrase.length())) {
            stems.add(t.stem());
        }
        return stems;
    }

    /** Adds each phrase by its stems, or by its exact forms when written "=phrase"; "…" is a gap. */
    private <V> void addAll(PhraseTable<V> table, List<String> phrases, V value, String source) {
        if (!tables.contains(table)) {
            tables.add(table);
        }
        for (String phrase : phrases) {
            boolean exact = phrase.startsWith("=");
            table.add(words(phrase), exact, value, source);
        }
    }

    /** A data phrase as the table stores it: stems, or lower-cased forms when written "=phrase". */
    private List<String> words(String phrase) {
        boolean exact = phrase.startsWith("=");
        String text = exact ? phrase.substring(1) : phrase;
        List<String> words = new ArrayList<>();
        for (String part : text.split(PhraseTable.GAP, -1)) {
            if (!words.isEmpty()) {
                words.add(PhraseTable.GAP);
            }
            for (Token t : tokenizer.tokenize(part, 0, part.length())) {
                words.add(exact ? Tokenizer.normaliseApostrophes(t.text()).toLowerCase(Locale.ROOT) : t.stem());
            }
        }
        return words;
    }

    /**
     * The general vocabulary (docs/language-data.md), when the language has one: concept ids shared
     * by every language's file, each with the words that express it. Unlike the news core, a word
     * may express two concepts ("state" the country and "state" the verb), and two words may stem
     * alike across concepts, so each phrase is stored once with every concept it can stand for.
     */
    private void readVocabulary(String resource) {
        Properties p = new Properties();
        try (InputStream in = LanguageData.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<List<String>, Set<String>> byStems = new LinkedHashMap<>();
        Map<List<String>, Set<String>> byForms = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!VOCABULARY_KEY.matcher(key).matches()) {
                throw new IllegalStateException(resource + ": bad concept id '" + key + "' (lower-case letters, digits, _)");
            }
            for (String phrase : phrases(p.getProperty(key))) {
                List<String> words = words(phrase);
                if (!words.isEmpty()) {
                    (phrase.startsWith("=") ? byForms : byStems).computeIfAbsent(words, w -> new TreeSet<>()).add(key);
                }
            }
        }
        String source = resource.substring(resource.lastIndexOf('/') + 1);
        byStems.forEach((words, keys) -> vocabulary.add(words, false, List.copyOf(keys), source));
        byForms.forEach((words, keys) -> vocabulary.add(words, true, List.copyOf(keys), source));
        if (!vocabulary.isEmpty()) {
            tables.add(vocabulary);
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

    /** Every phrase table of the file, for checks over all of them ({@link PhraseTable#clashes()}). */
    /**
     * "likely to climb", "kan stige", "pourrait s'alourdir": words saying a figure is still rising
     * (optional key {@code trend.rising}; empty where a file has none).
     */
    public PhraseTable<Boolean> rising() {
        return rising;
    }

    /**
     * The general vocabulary: each phrase with the concept ids it can express, sorted; empty for a language
     * without a vocabulary file.
     */
    public PhraseTable<List<String>> vocabulary() {
        return vocabulary;
    }

    /**
     * Every concept id a claim of this language can carry (events, counted things, speakers, the
     * news core and the general vocabulary): what another language's claim can share with it.
     */
    public Set<String> conceptIds() {
        Set<String> ids = new HashSet<>(predicates.values());
        ids.addAll(counted.values());
        ids.addAll(concepts.values());
        ids.addAll(speakers.values());
        vocabulary.values().forEach(ids::addAll);
        return Set.copyOf(ids);
    }

    /** Forms of "to be" ("were" of "900 of them were Christians"); empty where a suffix marks it. */
    public PhraseTable<Boolean> copulas() {
        return copulas;
    }

    public List<PhraseTable<?>> tables() {
        return List.copyOf(tables);
    }

    /** Frequent actors and places of the news in this language (see {@link Gazetteer}). */
    public PhraseTable<Gazetteer.Name> gazetteer() {
        return gazetteer;
    }

    /** Lower-case articles that open a noun phrase ("the", "die", "la"): a speaker's phrase starts at them. */
    public Set<String> articles() {
        return articles;
    }

    /** Lower-case prepositions after which a name is a place ("in", "near", "i", "bei"). */
    public Set<String> placePrepositions() {
        return placePrepositions;
    }

    /** Titles and functions before a name ("Governor", "brannsjef", "İçişleri Bakanı"): not part of it. */
    public PhraseTable<Boolean> titles() {
        return titles;
    }

    /** Words inside a name that tell its type ("Agency": ORGANIZATION, "Bridge": PLACE), by EntityType name. */
    public PhraseTable<String> nameTypes() {
        return nameTypes;
    }

    /** Words that spell a number but are articles in text ("un", "ein", "en", "bir"). */
    public PhraseTable<Boolean> notNumbers() {
        return notNumbers;
    }

    /** "of them", "davon", "av dem": after a number word they make it a count of what came before. */
    public PhraseTable<Boolean> partitives() {
        return partitives;
    }

    /** Units written before their number (Turkish "yüzde 20"), by code. */
    public PhraseTable<String> unitsBefore() {
        return unitsBefore;
    }

    /** "old", "gammel", "alt", "de antigüedad": after "N years" they make N an age. */
    public PhraseTable<Boolean> ageWords() {
        return ageWords;
    }

    /** "zufolge", "göre": the speaker comes before. */
    public PhraseTable<Boolean> attributionAfter() {
        return attributionAfter;
    }

    /**
     * Whether the speaker may open the sentence and the reporting verb close it, the reported clause
     * between them (Turkish "Bakan X, ... söyledi").
     */
    public boolean speakerOpensClause() {
        return speakerOpensClause;
    }

    /** "dernier", "passé": the previous one, written after the weekday ("lundi dernier"). */
    public PhraseTable<Boolean> previousAfter() {
        return previousAfter;
    }

    /** "evening", "kveld", "matin": a part of the day after a weekday, still that day. */
    public PhraseTable<Boolean> dayParts() {
        return dayParts;
    }
}
