package dev.parallax.core.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Phrases of one or more words, each with a value, looked up in a token sequence by their stems so
 * that inflected forms match. The longest phrase starting at a position wins. Two refinements the
 * data format can ask for (docs/language-data.md):
 * <ul>
 *   <li>a phrase written with a leading {@code =} matches its exact (lower-cased) form, not its stem,
 *       for words whose stem would meet unrelated words;</li>
 *   <li>a {@code …} inside a phrase stands for one to {@value #MAX_GAP} words of the same clause, for
 *       split verbs ("teilte … mit": "teilte die Polizei mit").</li>
 * </ul>
 *
 * @param <V> what a phrase stands for (a concept name, a qualifier, a multiplier)
 */
public final class PhraseTable<V> {

    /** The word standing for a gap in a data phrase. */
    public static final String GAP = "…";

    /** How many words a gap may span. */
    static final int MAX_GAP = 4;

    /** A phrase found in a token list: tokens {@code [from, to)} stand for {@code value}. */
    public record Match<V>(int from, int to, V value) {
    }

    /**
     * One phrase: its words as stems (or exact forms), the value, and the data it came from.
     *
     * @param exact whether {@code words} are lower-cased forms compared with the text, not stems
     */
    record Entry<V>(List<String> words, boolean exact, V value, String source) {

        boolean hasGap() {
            return words.contains(GAP);
        }
    }

    private final Map<String, List<Entry<V>>> byFirstStem = new HashMap<>();
    private final Map<String, List<Entry<V>>> byFirstForm = new HashMap<>();

    void add(List<String> words, boolean exact, V value, String source) {
        if (words.isEmpty()) {
            return;
        }
        Map<String, List<Entry<V>>> index = exact ? byFirstForm : byFirstStem;
        List<Entry<V>> entries = index.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        entries.add(new Entry<>(List.copyOf(words), exact, value, source));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> e.words().size()).reversed());
    }

    /** Every value some phrase stands for. */
    public Set<V> values() {
        Set<V> values = new HashSet<>();
        for (Map<String, List<Entry<V>>> index : List.of(byFirstStem, byFirstForm)) {
            index.values().forEach(entries -> entries.forEach(e -> values.add(e.value())));
        }
        return values;
    }

    public boolean isEmpty() {
        return byFirstStem.isEmpty() && byFirstForm.isEmpty();
    }

    /** The longest phrase that starts at token {@code at}; null when none does. */
    public Match<V> matchAt(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(at);
        Match<V> best = best(null, byFirstStem.get(first.stem()), tokens, at, false);
        if (!byFirstForm.isEmpty()) {
            // An exact form is the more specific entry: of two phrases as long, it wins.
            best = best(best, byFirstForm.get(lower(first)), tokens, at, true);
        }
        return best;
    }

    private Match<V> best(Match<V> best, List<Entry<V>> entries, List<Token> tokens, int at, boolean winsTies) {
        if (entries == null) {
            return best;
        }
        for (Entry<V> e : entries) {
            int end = end(tokens, at, e, 0);
            if (end > 0 && (best == null || end > best.to() || winsTies && end == best.to())) {
                best = new Match<>(at, end, e.value());
            }
        }
        return best;
    }

    /** The token after the entry's words from word {@code w} on, matched from token {@code at}; -1 when they do not match. */
    private static int end(List<Token> tokens, int at, Entry<?> e, int w) {
        if (w == e.words().size()) {
            return at;
        }
        String word = e.words().get(w);
        if (word.equals(GAP)) {
            for (int gap = 1; gap <= MAX_GAP && at + gap <= tokens.size(); gap++) {
                if (endsClause(tokens.get(at + gap - 1))) {
                    return -1;
                }
                int end = end(tokens, at + gap, e, w + 1);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= tokens.size()) {
            return -1;
        }
        Token t = tokens.get(at);
        boolean same = e.exact() ? lower(t).equals(word) : t.stem().equals(word);
        return same ? end(tokens, at + 1, e, w + 1) : -1;
    }

    private static boolean endsClause(Token t) {
        return t.kind() == Token.Kind.OTHER && ".,;:!?()\"«»–".contains(t.text());
    }

    private static String lower(Token t) {
        return Tokenizer.normaliseApostrophes(t.text()).toLowerCase(Locale.ROOT);
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

    /**
     * Phrases listed under two different values that read the same once stemmed: which one a text
     * meets would depend on the order the file was read in. Each clash names both data entries.
     */
    public List<String> clashes() {
        List<String> clashes = new ArrayList<>();
        for (Map<String, List<Entry<V>>> index : List.of(byFirstStem, byFirstForm)) {
            for (List<Entry<V>> entries : index.values()) {
                for (int i = 0; i < entries.size(); i++) {
                    for (int j = i + 1; j < entries.size(); j++) {
                        Entry<V> a = entries.get(i);
                        Entry<V> b = entries.get(j);
                        if (a.words().equals(b.words()) && !Objects.equals(a.value(), b.value())) {
                            clashes.add(a.source() + " and " + b.source() + " both read " + a.words());
                        }
                    }
                }
            }
        }
        return clashes;
    }
}
