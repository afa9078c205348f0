package dev.parallax.core.extract;

import dev.parallax.core.lang.Token;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one source has taught about its names so far, read sentence by sentence: which words it writes
 * capitalised in mid-sentence (so a sentence's first word can be told from a name), which acronyms it
 * defines ("Syrian Observatory for Human Rights (SOHR)": SOHR gets the full name's key), and the type
 * of each name once known ("Hartley" after "Governor Ellen Hartley" is a person).
 */
final class SourceNames {

    private final Set<String> capitalised = new HashSet<>();
    private final Map<String, String> acronymKeys = new HashMap<>();
    private final Map<String, EntityType> types = new HashMap<>();

    /** Collects the words a sentence writes capitalised after its first word, where capitals mean a name. */
    void collectCapitals(Sentence s) {
        int first = EntityExtractor.firstWord(s);
        for (int i = first + 1; i > 0 && i < s.tokens.size(); i++) {
            Token t = s.token(i);
            Token prev = s.token(i - 1);
            boolean afterQuote = prev.kind() == Token.Kind.OTHER && "\"«'–-:".contains(prev.text());
            if (t.isWord() && t.isCapitalised() && !afterQuote) {
                capitalised.add(EntityExtractor.lower(s, i));
            }
        }
    }

    boolean writtenCapitalised(String lowerWord) {
        return capitalised.contains(lowerWord);
    }

    /** The key an acronym was given by its definition, or null. */
    String keyOf(String surface) {
        return acronymKeys.get(surface);
    }

    /** The type a name (or a person's last name) was found with earlier, or null. */
    EntityType typeOf(String surface) {
        return types.get(surface);
    }

    /**
     * Learns from the names of a sentence: their types, and acronyms defined in parentheses right after
     * a full name, whose mentions (this one included) take the full name's key.
     */
    void learn(Sentence s, List<EntityMention> found) {
        for (int n = 0; n < found.size(); n++) {
            EntityMention e = found.get(n);
            if (e.type() != EntityType.UNKNOWN) {
                types.putIfAbsent(e.span().text(), e.type());
            }
            String[] words = e.span().text().split(" ");
            if (e.type() == EntityType.PERSON && words.length > 1) {
                types.putIfAbsent(words[words.length - 1], EntityType.PERSON);
            }
            if (n + 1 < found.size() && words.length > 1) {
                EntityMention next = found.get(n + 1);
                String between = s.source.text().substring(e.span().end(), next.span().start()).strip();
                boolean defined = between.equals("(") && s.source.text().startsWith(")", next.span().end())
                        && next.span().text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
                if (defined) {
                    acronymKeys.put(next.span().text(), e.key());
                    types.put(next.span().text(), e.type());
                    found.set(n + 1, new EntityMention(next.span(), e.key(),
                            e.type() == EntityType.UNKNOWN ? next.type() : e.type()));
                }
            }
        }
    }
}
