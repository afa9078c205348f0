package dev.parallax.translate.eval;

import dev.parallax.core.extract.ClaimExtractor;
import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.DurationExpression;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.ClaimSimilarity;
import dev.parallax.translate.ConceptScope;
import dev.parallax.translate.OfflineClaimAligner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Measures the offline aligner on translated text, where the right answer is known: each document's
 * translated sentences are shuffled, both sides are extracted sentence by sentence, and the aligner's
 * pairs are checked against the true ones. Sentences without documents (Tatoeba) are measured by
 * retrieval: is the best-scoring translated sentence the right one?
 */
public final class AlignmentEvaluation {

    private final ClaimExtractor extractor;
    private final long seed;

    /**
     * @param extractor an extractor that makes a claim of every sentence
     * @param seed for the shuffle, so runs can be repeated
     */
    public AlignmentEvaluation(ClaimExtractor extractor, long seed) {
        this.extractor = extractor;
        this.seed = seed;
    }

    /** Scores one parallel text; {@code limit} caps the sentences read (0: all). */
    public AlignmentScore evaluate(ParallelText text, int limit) {
        int n = limit > 0 ? Math.min(limit, text.english().size()) : text.english().size();
        if (!text.hasDocuments()) {
            return retrieval(text, 0, n);
        }
        AlignmentScore total = AlignmentScore.ZERO;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && text.documents().get(end).equals(text.documents().get(start))) {
                end++;
            }
            total = total.plus(assignment(text, start, end));
            start = end;
        }
        return total;
    }

    /** One document: shuffle, align one to one, count. */
    private AlignmentScore assignment(ParallelText text, int from, int to) {
        List<Claim> english = lineClaims("A", text.english().subList(from, to), "en");
        List<Integer> order = shuffled(to - from);
        List<String> shuffledLines = new ArrayList<>();
        for (int i : order) {
            shuffledLines.add(text.translated().get(from + i));
        }
        List<Claim> translated = lineClaims("B", shuffledLines, text.language().code());
        int predicted = 0;
        int correct = 0;
        int anchoredPredicted = 0;
        int anchoredCorrect = 0;
        for (Alignment a : OfflineClaimAligner.alignPair(english, "en", translated, text.language().code())) {
            int e = english.indexOf(a.claims().get(0));
            int t = translated.indexOf(a.claims().get(1));
            boolean right = order.get(t) == e;
            boolean anchored = english.get(e).isCheckable();
            predicted++;
            correct += right ? 1 : 0;
            anchoredPredicted += anchored ? 1 : 0;
            anchoredCorrect += anchored && right ? 1 : 0;
        }
        int anchoredGold = (int) english.stream().filter(Claim::isCheckable).count();
        return new AlignmentScore(to - from, predicted, correct, anchoredGold, anchoredPredicted, anchoredCorrect, 0);
    }

    /** Independent sentences: for each English one, is the best-scoring translated one its translation? */
    private AlignmentScore retrieval(ParallelText text, int from, int to) {
        Set<String> scope = ConceptScope.shared("en", text.language().code());
        List<Claim> english = lineClaims("A", text.english().subList(from, to), "en").stream()
                .map(c -> ConceptScope.within(c, scope)).toList();
        List<Claim> translated = lineClaims("B", text.translated().subList(from, to), text.language().code()).stream()
                .map(c -> ConceptScope.within(c, scope)).toList();
        int retrieved = 0;
        int anchoredGold = 0;
        int anchoredCorrect = 0;
        for (int i = 0; i < english.size(); i++) {
            double best = -1;
            int bestIndex = -1;
            for (int j = 0; j < translated.size(); j++) {
                double s = ClaimSimilarity.score(ClaimSimilarity.features(english.get(i), translated.get(j)));
                if (s > best) {
                    best = s;
                    bestIndex = j;
                }
            }
            // A tie with nothing in common is no retrieval: score 0 everywhere picks the first line.
            boolean right = bestIndex == i && best > 0;
            retrieved += right ? 1 : 0;
            if (english.get(i).isCheckable()) {
                anchoredGold++;
                anchoredCorrect += right ? 1 : 0;
            }
        }
        return new AlignmentScore(english.size(), english.size(), retrieved, anchoredGold, anchoredGold,
                anchoredCorrect, retrieved);
    }

    private List<Integer> shuffled(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed + n));
        return order;
    }

    /**
     * One claim per line: the lines are one source, one per line of text, and the claims of the
     * sentences of a line are merged (a line may hold two sentences; the aligner's unit is the line).
     */
    private List<Claim> lineClaims(String id, List<String> lines, String language) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String line : lines) {
            starts.add(text.length());
            // A blank line would vanish in normalisation; a placeholder keeps every line a sentence.
            text.append(line.isBlank() ? "-" : line.strip()).append('\n');
        }
        Source source = new Source(id, null, language, null, null, text.toString());
        List<List<Claim>> byLine = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            byLine.add(new ArrayList<>());
        }
        for (Claim c : extractor.extract(source)) {
            int line = Collections.binarySearch(starts, c.span().start());
            byLine.get(line >= 0 ? line : -line - 2).add(c);
        }
        List<Claim> merged = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int start = starts.get(i);
            int end = start + Math.max(1, lines.get(i).strip().length());
            merged.add(merge(id + (i + 1), id, source.span(start, Math.min(end, source.text().length())), byLine.get(i)));
        }
        return merged;
    }

    private static Claim merge(String id, String sourceId, Span span, List<Claim> parts) {
        List<Quantity> quantities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<DurationExpression> durations = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        LinkedHashSet<String> concepts = new LinkedHashSet<>();
        String predicate = null;
        Attribution attribution = null;
        for (Claim c : parts) {
            quantities.addAll(c.quantities());
            times.addAll(c.times());
            durations.addAll(c.durations());
            entities.addAll(c.entities());
            concepts.addAll(c.concepts());
            predicate = predicate == null ? c.predicate() : predicate;
            attribution = attribution == null ? c.attribution() : attribution;
        }
        return new Claim(id, sourceId, span, predicate, quantities, times, durations, entities, attribution,
                List.copyOf(concepts));
    }
}
