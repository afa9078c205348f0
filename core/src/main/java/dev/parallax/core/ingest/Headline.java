package dev.parallax.core.ingest;

/**
 * The headline of a plain text, which copy-paste puts on the first line: one short line without a
 * full stop, with the body after it. It stays in the text (a web page's headline is in its text too,
 * so a saved page and its pasted text read alike) and also becomes the source's title when nothing
 * else names one.
 */
final class Headline {

    private static final int MAX_WORDS = 20;

    private Headline() {
    }

    /** The headline of a normalised text, or null when its first line is not one. */
    static String of(String text) {
        int end = text.indexOf('\n');
        if (end <= 0) {
            return null;
        }
        String line = text.substring(0, end);
        String rest = text.substring(end).strip();
        char last = line.charAt(line.length() - 1);
        char first = line.charAt(0);
        if (rest.isEmpty() || last == '.' || last == ':' || last == ',' || last == ';' || first == '–' || first == '-'
                || first == '"' || line.split(" ").length > MAX_WORDS || !Character.isLetterOrDigit(line.codePointAt(0))) {
            return null;
        }
        return line;
    }
}
