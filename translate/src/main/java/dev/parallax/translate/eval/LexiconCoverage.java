package dev.parallax.translate.eval;

import dev.parallax.core.extract.Stopwords;
import dev.parallax.core.lang.Language;
import dev.parallax.core.lang.LanguageData;
import dev.parallax.core.lang.LanguageRegistry;
import dev.parallax.core.lang.PhraseTable;
import dev.parallax.core.lang.Token;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of a text's vocabulary the language's lexicon knows: the share of content words (not
 * function words, numbers or names) that some phrase of the language's data file covers. The
 * offline aligner can only use what the lexicon knows, so this is what grows it where it matters.
 */
public final class LexiconCoverage {

    /** Content words counted and covered. */
    public record Coverage(int contentWords, int covered) {

        public double share() {
            return contentWords == 0 ? 0 : (double) covered / contentWords;
        }

        public Coverage plus(Coverage o) {
            return new Coverage(contentWords + o.contentWords, covered + o.covered);
        }
    }

    private LexiconCoverage() {
    }

    /** The coverage of lines of text in a language, each line read as one sentence. */
    public static Coverage of(List<String> lines, Language language) {
        LanguageData data = LanguageRegistry.of(language);
        Set<String> stopwords = Stopwords.of(language);
        boolean nounsCapitalised = !data.nounDeterminers().isEmpty();
        int content = 0;
        int covered = 0;
        for (String line : lines) {
            List<Token> tokens = data.tokenizer().tokenize(line, 0, line.length());
            BitSet known = new BitSet(tokens.size());
            for (PhraseTable<?> table : data.tables()) {
                for (PhraseTable.Match<?> m : table.findAll(tokens)) {
                    known.set(m.from(), m.to());
                }
            }
            boolean first = true;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    continue;
                }
                boolean sentenceStart = first;
                first = false;
                // A capital inside a sentence is a name (except where every noun has one), and names
                // are matched by their keys, not by the lexicon.
                boolean name = t.isCapitalised() && !sentenceStart && !nounsCapitalised;
                if (name || t.text().length() < 2 || stopwords.contains(t.text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                content++;
                covered += known.get(i) ? 1 : 0;
            }
        }
        return new Coverage(content, covered);
    }
}
