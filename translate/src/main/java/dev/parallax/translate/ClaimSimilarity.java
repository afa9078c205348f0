package dev.parallax.translate;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.DurationExpression;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.TimeExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How alike two claims of different sources are, from language-neutral features only, each named so
 * that an alignment can be explained: shared figures, shared counted concepts, overlapping times,
 * matching names, the same event predicate, the same speaker, and shared lexicon concepts.
 */
public final class ClaimSimilarity {

    static final double SAME_FIGURE = 0.35;
    static final double SAME_COUNTED = 0.25;
    static final double SAME_TIME = 0.2;
    static final double SAME_NAME = 0.25;
    static final double SAME_PREDICATE = 0.15;
    static final double SAME_SPEAKER = 0.15;
    static final double SHARED_CONCEPTS = 0.8;
    static final double COGNATES = 0.3;

    private ClaimSimilarity() {
    }

    /** The features two claims share; their values sum to the score. */
    public static List<SimilarityFeature> features(Claim a, Claim b) {
        List<SimilarityFeature> f = new ArrayList<>();
        int figures = 0;
        int counted = 0;
        for (Quantity qa : a.quantities()) {
            for (Quantity qb : b.quantities()) {
                if (qa.value() == qb.value()) {
                    figures++;
                }
                if (qa.counted() != null && qa.counted().equals(qb.counted())) {
                    counted++;
                }
            }
        }
        add(f, "same figure", SAME_FIGURE * Math.min(2, figures));
        add(f, "same counted thing", SAME_COUNTED * Math.min(1, counted));
        int times = 0;
        for (TimeExpression ta : a.times()) {
            for (TimeExpression tb : b.times()) {
                if (ta.overlaps(tb)) {
                    times++;
                }
            }
        }
        add(f, "overlapping time", SAME_TIME * Math.min(2, times));
        boolean sameLength = a.durations().stream().anyMatch(x -> b.durations().stream()
                .anyMatch(y -> x.relativeGap(y) <= DurationExpression.TOLERANCE));
        if (sameLength) {
            add(f, "same length of time", SAME_TIME);
        }
        int names = 0;
        for (EntityMention ea : a.entities()) {
            for (EntityMention eb : b.entities()) {
                if (NameMatcher.same(ea.key(), eb.key())) {
                    names++;
                    break;
                }
            }
        }
        add(f, "same name", SAME_NAME * Math.min(2, names));
        if (a.predicate() != null && a.predicate().equals(b.predicate())) {
            add(f, "same event", SAME_PREDICATE);
        }
        if (a.attribution() != null && b.attribution() != null
                && (Objects.equals(a.attribution().key(), b.attribution().key())
                    || NameMatcher.same(a.attribution().key(), b.attribution().key()))) {
            add(f, "same speaker", SAME_SPEAKER);
        }
        add(f, "shared concepts", SHARED_CONCEPTS * jaccard(a.concepts(), b.concepts()));
        add(f, "cognates", COGNATES * Cognates.similarity(a.span().text(), b.span().text()));
        return f;
    }

    /** The sum of the features, capped at 1. */
    public static double score(List<SimilarityFeature> features) {
        return Math.min(1.0, features.stream().mapToDouble(SimilarityFeature::value).sum());
    }

    private static void add(List<SimilarityFeature> f, String name, double value) {
        if (value > 0) {
            f.add(new SimilarityFeature(name, value));
        }
    }

    private static double jaccard(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(new HashSet<>(b));
        return (double) both.size() / union.size();
    }
}
