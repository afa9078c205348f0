package dev.parallax.verify.report;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import dev.parallax.verify.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Wording shared by the human-readable report formats. */
final class ReportText {

    private ReportText() {
    }

    /** "Outlet (nb), published 2017-10-23: Title" with whatever is known. */
    static String describe(Source s) {
        StringBuilder b = new StringBuilder();
        b.append(s.outlet() != null ? s.outlet() : "unknown outlet");
        b.append(" (").append(s.language()).append(')');
        b.append(s.published() != null ? ", published " + s.published() : ", publication date unknown");
        if (s.title() != null) {
            b.append(": ").append(s.title());
        }
        return b.toString();
    }

    /**
     * What a source says in one cell of the claim matrix: the figures and times of its claims and
     * who they are credited to, or the sentence itself when it has neither ("–" when it says nothing).
     */
    static String cell(List<Claim> claims) {
        if (claims.isEmpty()) {
            return "\u2013";
        }
        List<String> parts = new ArrayList<>();
        for (Claim c : claims) {
            List<String> slots = new ArrayList<>();
            c.quantities().forEach(q -> slots.add(q.span().text()));
            c.durations().forEach(d -> slots.add(d.span().text()));
            c.times().forEach(t -> slots.add(t.span().text()));
            String said = slots.isEmpty() ? shorten(c.span().text(), 60) : String.join(", ", slots);
            parts.add(c.attribution() == null ? said : said + " (" + c.attribution().speaker() + ")");
        }
        return String.join("; ", parts);
    }

    /** The claim matrix is shown for three sources or more; with two, the findings already pair them. */
    static boolean showsMatrix(Report report) {
        return report.sources().size() >= 3;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    static Source source(Report report, String id) {
        return report.sources().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + id));
    }

    /**
     * The span with up to {@code width} characters of its sentence on each side, on one line, the
     * span itself passed through {@code mark}.
     */
    static String inContext(String text, Span span, int width, UnaryOperator<String> mark) {
        int from = Math.max(0, span.start() - width);
        int to = Math.min(text.length(), span.end() + width);
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        from = Math.max(from, lineStart);
        to = Math.min(to, lineEnd < 0 ? text.length() : lineEnd);
        String before = text.substring(from, span.start());
        String after = text.substring(span.end(), to);
        return (from > lineStart ? "…" : "") + before + mark.apply(span.text()) + after
                + (to < (lineEnd < 0 ? text.length() : lineEnd) ? "…" : "");
    }
}
