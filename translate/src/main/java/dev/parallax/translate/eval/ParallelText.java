package dev.parallax.translate.eval;

import dev.parallax.core.lang.Language;
import java.util.List;

/**
 * Two line-aligned texts, English and a translation: line i of one says what line i of the other
 * says.
 *
 * @param name where it came from ("ntrex-dev nob", "tatoeba swe")
 * @param language the language of the translation
 * @param english the English lines
 * @param translated the translated lines, as many as English ones
 * @param documents the document each line belongs to (consecutive lines of one id form a document),
 *                  or null when the lines are independent sentences
 */
public record ParallelText(String name, Language language, List<String> english, List<String> translated,
                           List<String> documents) {

    public ParallelText {
        if (english.size() != translated.size()) {
            throw new IllegalArgumentException(name + ": " + english.size() + " English lines but "
                    + translated.size() + " translated ones");
        }
        if (documents != null && documents.size() != english.size()) {
            throw new IllegalArgumentException(name + ": " + documents.size() + " document ids for "
                    + english.size() + " lines");
        }
    }

    /** Whether the lines come in documents (news) rather than as unrelated sentences (Tatoeba). */
    public boolean hasDocuments() {
        return documents != null;
    }
}
