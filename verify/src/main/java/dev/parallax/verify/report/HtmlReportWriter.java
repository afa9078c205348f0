package dev.parallax.verify.report;

import dev.parallax.core.model.Source;
import dev.parallax.verify.ClaimMatrix;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.Finding;
import dev.parallax.verify.Report;
import dev.parallax.verify.SeverityLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page: the findings list, and the sources side by side with
 * every piece of evidence highlighted and linked both ways.
 */
public final class HtmlReportWriter {

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}
            h1{font-size:1.4rem}ol.findings li{margin:.4rem 0}
            .sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem}
            .source{border:1px solid #ccc;border-radius:6px;padding:.8rem;white-space:pre-wrap}
            .source h2{font-size:1rem;margin:0 0 .5rem;white-space:normal}
            mark{border-radius:3px;padding:0 .1rem}mark.high{background:#f7b4b4}mark.medium{background:#f9dc8c}
            mark.low{background:#bfe3f2}mark.info{background:#ddd}mark:target{outline:3px solid #333}
            table.matrix{border-collapse:collapse;margin:1rem 0}table.matrix td,table.matrix th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            .sev{font-weight:600;text-transform:uppercase;font-size:.8rem}.warn{color:#8a5300}
            """;

    private HtmlReportWriter() {
    }

    public static String write(Report report) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>Parallax report</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Parallax report</h1>\n");
        for (String w : report.warnings()) {
            out.append("<p class=\"warn\">Warning: ").append(escape(w)).append("</p>\n");
        }
        out.append(String.format(Locale.ROOT, "<p>%d findings, divergence %.2f.</p>%n", report.findings().size(),
                report.divergence()));
        if (report.findings().isEmpty()) {
            out.append("<p>No discrepancies found between the sources.</p>\n");
        } else {
            out.append("<ol class=\"findings\">\n");
            for (int i = 0; i < report.findings().size(); i++) {
                Finding f = report.findings().get(i);
                out.append("<li id=\"finding-").append(i + 1).append("\"><span class=\"sev\">")
                        .append(SeverityLevel.of(f.severity()).label()).append("</span> <b>").append(f.type())
                        .append("</b>: ").append(escape(f.summary()));
                for (Evidence e : f.evidence()) {
                    out.append(" <a href=\"#").append(markId(i, e)).append("\">").append(e.sourceId()).append("</a>");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append(matrix(report));
        out.append("<div class=\"sources\">\n");
        for (Source s : report.sources()) {
            out.append("<section class=\"source\" lang=\"").append(escape(s.language())).append("\"><h2>")
                    .append(escape(s.id())).append(" · ").append(escape(ReportText.describe(s))).append("</h2>")
                    .append(highlighted(report, s)).append("</section>\n");
        }
        return out.append("</div>\n</body></html>\n").toString();
    }

    /** With three sources or more: the shared claims, one row each, one column per source. */
    private static String matrix(Report report) {
        if (!ReportText.showsMatrix(report)) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2>Shared claims</h2>\n<table class=\"matrix\"><tr><th>#</th>");
        for (Source s : report.sources()) {
            out.append("<th>").append(escape(s.id())).append(s.published() == null ? "" : " (" + s.published() + ")")
                    .append("</th>");
        }
        out.append("</tr>\n");
        int n = 1;
        for (ClaimMatrix.Row row : ClaimMatrix.of(report)) {
            out.append("<tr><td>").append(n++).append("</td>");
            for (Source s : report.sources()) {
                out.append("<td>").append(escape(ReportText.cell(row.cells().get(s.id())))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    private record Mark(int finding, Evidence evidence, String level) {
    }

    /** The source text with each evidence span in a mark; overlapping spans keep the first, most severe. */
    private static String highlighted(Report report, Source s) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            for (Evidence e : f.evidence()) {
                if (e.sourceId().equals(s.id())) {
                    marks.add(new Mark(i, e, SeverityLevel.of(f.severity()).label()));
                }
            }
        }
        marks.sort(Comparator.comparingInt((Mark m) -> m.evidence().span().start()).thenComparingInt(Mark::finding));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mark m : marks) {
            int start = m.evidence().span().start();
            if (start < at) {
                continue; // findings sharing words: the first one owns the highlight, all are linked from the list
            }
            out.append(escape(s.text().substring(at, start)));
            out.append("<mark class=\"").append(m.level()).append("\" id=\"").append(markId(m.finding(), m.evidence()))
                    .append("\" title=\"").append(escape(report.findings().get(m.finding()).type().name()))
                    .append("\"><a href=\"#finding-").append(m.finding() + 1).append("\">")
                    .append(escape(m.evidence().span().text())).append("</a></mark>");
            at = m.evidence().span().end();
        }
        return out.append(escape(s.text().substring(at))).toString();
    }

    private static String markId(int finding, Evidence e) {
        return "f" + (finding + 1) + "-" + e.sourceId() + "-" + e.span().start();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
