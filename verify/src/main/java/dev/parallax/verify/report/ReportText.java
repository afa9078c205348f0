package dev.parallax.verify.report;

import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import dev.parallax.verify.Report;
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
