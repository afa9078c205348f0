package dev.parallax.core.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more words, each with a value, looked up in a token sequence by their stems so
 * that inflected forms match. The longest phrase starting at a position wins.
 *
 * @param <V> what a phrase stands for (a concept name, a qualifier, a multiplier)
 */
public final class PhraseTable<V> {

    /** A phrase found in a token list: tokens {@code [from, to)} stand for {@code value}. */
    public record Match<V>(int from, int to, V value) {
    }

    private record Entry<V>(List<String> stems, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstStem = new HashMap<>();

    void add(List<String> stems, V value) {
        if (stems.isEmpty()) {
            return;
        }
        List<Entry<V>> entries = byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>());
        entries.add(new Entry<>(List.copyOf(stems), value));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> e.stems().size()).reversed());
    }

    public boolean isEmpty() {
        return byFirstStem.isEmpty();
    }

    /** The longest phrase that starts at token {@code at}, skipping no tokens; null when none does. */
    public Match<V> matchAt(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return null;
        }
        List<Entry<V>> entries = byFirstStem.get(tokens.get(at).stem());
        if (entries == null) {
            return null;
        }
        for (Entry<V> e : entries) {
            if (at + e.stems().size() <= tokens.size() && matches(tokens, at, e.stems())) {
                return new Match<>(at, at + e.stems().size(), e.value());
            }
        }
        return null;
    }

    /** The longest phrase that ends just before token {@code end} (exclusive); null when none does. */
    public Match<V> matchEndingAt(List<Token> tokens, int end) {
        Match<V> best = null;
        for (int from = Math.max(0, end - 6); from < end; from++) {
            Match<V> m = matchAt(tokens, from);
            if (m != null && m.to() == end && (best == null || m.from() < best.from())) {
                best = m;
            }
        }
        return best;
    }

    /** Every non-overlapping phrase in the tokens, scanning left to right. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Match<V> m = matchAt(tokens, i);
            if (m != null) {
                found.add(m);
                i = m.to() - 1;
            }
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> stems) {
        for (int i = 0; i < stems.size(); i++) {
            if (!tokens.get(at + i).stem().equals(stems.get(i))) {
                return false;
            }
        }
        return true;
    }
}
