package dev.parallax.core.extract;

import com.ibm.icu.util.ULocale;
import dev.parallax.core.budget.Deadline;
import dev.parallax.core.ingest.SentenceSegmenter;
import dev.parallax.core.lang.Language;
import dev.parallax.core.lang.LanguageData;
import dev.parallax.core.lang.LanguageRegistry;
import dev.parallax.core.lang.PhraseTable;
import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.DurationExpression;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import dev.parallax.core.model.TimeExpression;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default extractor: each sentence with a number, a time or a name is a claim. Reads times first
 * (so the numbers of dates are not counts), then quantities, names and the attribution, and takes the
 * event predicate and the sentence's concepts from the language's lexicon.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    private final Map<String, Readers> readers = new ConcurrentHashMap<>();
    private final boolean everySentence;

    /** The extractor of checkable claims: sentences with a number, a time or a name. */
    public RuleBasedClaimExtractor() {
        this(false);
    }

    /**
     * @param everySentence also make a claim of a sentence with nothing checkable in it, for aligning
     *                      whole texts sentence by sentence (the alignment evaluation does)
     */
    public RuleBasedClaimExtractor(boolean everySentence) {
        this.everySentence = everySentence;
    }

    /** Everything needed to read one language, built once per language. */
    private record Readers(LanguageData data, SentenceSegmenter segmenter, TimeExtractor times,
                           QuantityExtractor quantities, EntityExtractor entities, AttributionExtractor attributions) {

        static Readers of(String tag) {
            LanguageData data = LanguageRegistry.forTag(tag);
            ULocale locale = data.language() == null ? ULocale.ROOT : ULocale.forLocale(data.language().locale());
            NumberParser numbers = new NumberParser(locale);
            NumberWords words = new NumberWords(locale);
            CalendarWords calendar = new CalendarWords(locale, data.stemmer());
            java.util.Set<String> stopwords = Stopwords.of(data.language());
            return new Readers(data, new SentenceSegmenter(locale.toLanguageTag(), data.abbreviations()),
                    new TimeExtractor(calendar, numbers, words), new QuantityExtractor(numbers, words, stopwords),
                    new EntityExtractor(calendar, stopwords), new AttributionExtractor());
        }
    }

    @Override
    public List<Claim> extract(Source source) {
        return extract(source, Deadline.none());
    }

    /** As {@link #extract(Source)}, checking the deadline at every sentence. */
    @Override
    public List<Claim> extract(Source source, Deadline deadline) {
        deadline.check();
        String tag = Language.fromTag(source.language()).map(Language::code).orElse(Source.UNDETERMINED);
        Readers r = readers.computeIfAbsent(tag, Readers::of);
        List<Claim> claims = new ArrayList<>();
        Attribution previous = null;
        List<Sentence> sentences = new ArrayList<>();
        SourceNames names = new SourceNames();
        for (Span sentenceSpan : r.segmenter().sentences(source.text())) {
            deadline.check();
            Sentence s = new Sentence(source, r.data(), sentenceSpan);
            names.collectCapitals(s);
            sentences.add(s);
        }
        for (Sentence s : sentences) {
            deadline.check();
            Span sentenceSpan = s.span;
            List<TimeExpression> times = r.times().extract(s);
            List<Quantity> counts = r.quantities().extract(s);
            List<Quantity> quantities = new ArrayList<>();
            List<DurationExpression> durations = new ArrayList<>();
            for (Quantity q : counts) {
                ChronoUnit unit = q.counted() == null ? null : DURATION_UNITS.get(q.counted());
                if (unit == null) {
                    quantities.add(q);
                } else {
                    durations.add(new DurationExpression(withUnitWord(s, q.span()), q.low(), q.high(), q.qualifier(),
                            unit));
                }
            }
            List<EntityMention> entities = r.entities().extract(s, names);
            Attribution attribution = r.attributions().extract(s, entities);
            if (attribution == null && opensQuotation(source.text(), sentenceSpan)) {
                attribution = previous; // a quotation continues the speaker named just before it
            }
            if (everySentence || !(counts.isEmpty() && times.isEmpty() && entities.isEmpty())) {
                claims.add(new Claim(source.id() + (claims.size() + 1), source.id(), sentenceSpan,
                        predicate(s), quantities, times, durations, entities, attribution, concepts(s)));
            }
            previous = attribution;
        }
        return claims;
    }

    /**
     * Counted time units: "three weeks" counts weeks, which is a length of time, compared as one
     * (three weeks and 20 days agree) rather than as a count of things.
     */
    private static final Map<String, ChronoUnit> DURATION_UNITS = Map.of("HOUR", ChronoUnit.HOURS,
            "DAY", ChronoUnit.DAYS, "WEEK", ChronoUnit.WEEKS, "MONTH", ChronoUnit.MONTHS, "YEAR", ChronoUnit.YEARS);

    /** "three" of "three weeks" becomes "three weeks": a length is read with its unit. */
    private static Span withUnitWord(Sentence s, Span figure) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.tokens.get(i).start() >= figure.end()) {
                PhraseTable.Match<?> unit = s.data.timeUnits().matchAt(s.tokens, i);
                if (unit == null) {
                    unit = s.data.counted().matchAt(s.tokens, i);
                }
                return unit == null ? figure : s.source.span(figure.start(), s.tokens.get(unit.to() - 1).end());
            }
        }
        return figure;
    }

    private static boolean opensQuotation(String text, Span sentence) {
        char c = text.charAt(sentence.start());
        return c == '"' || c == '\u2013' || c == '-' || c == '«' || c == '\'';
    }

    private static String predicate(Sentence s) {
        List<PhraseTable.Match<String>> found = s.data.predicates().findAll(s.tokens);
        return found.isEmpty() ? null : found.get(0).value();
    }

    /** The concepts of every lexicon phrase in the sentence, in order, each once. */
    private static List<String> concepts(Sentence s) {
        Set<String> concepts = new LinkedHashSet<>();
        for (PhraseTable.Match<String> m : s.data.predicates().findAll(s.tokens)) {
            concepts.add(m.value());
        }
        for (PhraseTable.Match<String> m : s.data.counted().findAll(s.tokens)) {
            concepts.add(m.value());
        }
        for (PhraseTable.Match<String> m : s.data.concepts().findAll(s.tokens)) {
            concepts.add(m.value());
        }
        for (PhraseTable.Match<String> m : s.data.speakers().findAll(s.tokens)) {
            concepts.add(m.value());
        }
        for (PhraseTable.Match<List<String>> m : s.data.vocabulary().findAll(s.tokens)) {
            concepts.addAll(m.value());
        }
        return List.copyOf(concepts);
    }
}
