package dev.parallax.core.ingest;

import java.util.Locale;

/**
 * Reads the YAML front matter that notes and static-site exports put at the top of a text
 * ({@code ---}, {@code key: value} lines, {@code ---}). Only flat scalar keys are meaningful for an
 * article, so this reads those and ignores the rest rather than pulling in a YAML parser.
 */
final class FrontMatter {

    private FrontMatter() {
    }

    /** Splits text into its front matter (if any) and the body after it. */
    static ExtractedArticle split(String text, String sourceName) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!(t.startsWith("---\n") || t.startsWith("---\r\n"))) {
            return new ExtractedArticle(text, ArticleMetadata.NONE);
        }
        int bodyStart = -1;
        int end = -1;
        int lineStart = t.indexOf('\n') + 1;
        while (lineStart < t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = t.length();
            }
            String line = t.substring(lineStart, lineEnd).strip();
            if (line.equals("---") || line.equals("...")) {
                end = lineStart;
                bodyStart = Math.min(t.length(), lineEnd + 1);
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (end < 0) {
            return new ExtractedArticle(text, ArticleMetadata.NONE);
        }
        String title = null;
        String outlet = null;
        String language = null;
        java.time.LocalDate published = null;
        for (String line : t.substring(t.indexOf('\n') + 1, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            if (value.isEmpty()) {
                continue;
            }
            switch (key) {
                case "title", "headline" -> title = value;
                case "outlet", "source", "site", "publisher" -> outlet = value;
                case "language", "lang" -> language = value;
                case "published", "date", "datepublished" -> {
                    published = PublicationDates.parseOrNull(value);
                    if (published == null) {
                        throw new InvalidSourceException(InputProblem.BAD_METADATA, sourceName,
                                "front matter '" + key + ": " + value + "' is not a date (use YYYY-MM-DD)");
                    }
                }
                default -> {
                    // other keys (author, tags, ...) say nothing Parallax uses
                }
            }
        }
        return new ExtractedArticle(t.substring(bodyStart), new ArticleMetadata(title, outlet, published, language));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
