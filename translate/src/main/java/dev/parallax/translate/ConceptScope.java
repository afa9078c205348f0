package dev.parallax.translate;

import dev.parallax.core.lang.LanguageRegistry;
import dev.parallax.core.model.Claim;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The concepts two languages can both express. Claims are compared on these only: a concept one
 * language's lexicon has and the other's lacks (a general vocabulary not yet written, a word left out)
 * says nothing about whether two sentences correspond, and counting it would make every pair of
 * sentences of such languages look less alike.
 */
public final class ConceptScope {

    private static final Map<String, Set<String>> SHARED = new ConcurrentHashMap<>();

    private ConceptScope() {
    }

    /** The concept ids both languages (BCP 47 tags; unsupported ones have none) can carry. */
    public static Set<String> shared(String languageA, String languageB) {
        String key = languageA.compareTo(languageB) <= 0 ? languageA + "|" + languageB : languageB + "|" + languageA;
        return SHARED.computeIfAbsent(key, k -> {
            Set<String> both = new HashSet<>(LanguageRegistry.forTag(languageA).conceptIds());
            both.retainAll(LanguageRegistry.forTag(languageB).conceptIds());
            return Set.copyOf(both);
        });
    }

    /** The claim with only the concepts in scope; the claim itself when it has no others. */
    public static Claim within(Claim c, Set<String> scope) {
        if (scope.containsAll(c.concepts())) {
            return c;
        }
        List<String> kept = c.concepts().stream().filter(scope::contains).toList();
        return new Claim(c.id(), c.sourceId(), c.span(), c.predicate(), c.quantities(), c.times(), c.durations(),
                c.entities(), c.attribution(), kept);
    }
}
