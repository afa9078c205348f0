package dev.parallax.verify.report;

import dev.parallax.core.model.Source;
import dev.parallax.verify.ClaimMatrix;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.Finding;
import dev.parallax.verify.Report;
import dev.parallax.verify.SeverityLevel;
import java.util.Locale;

/** The report as Markdown: a sources table and a findings table with the evidence quoted. */
public final class MarkdownReportWriter {

    private MarkdownReportWriter() {
    }

    public static String write(Report report) {
        StringBuilder out = new StringBuilder("# Parallax report\n\n| id | outlet | language | published | title |\n|---|---|---|---|---|\n");
        for (Source s : report.sources()) {
            out.append("| ").append(s.id()).append(" | ").append(cell(s.outlet())).append(" | ").append(s.language())
                    .append(" | ").append(s.published() == null ? "unknown" : s.published()).append(" | ")
                    .append(cell(s.title())).append(" |\n");
        }
        for (String w : report.warnings()) {
            out.append("\n> **Warning:** ").append(escape(w)).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%n%d findings, divergence %.2f.%n%n", report.findings().size(),
                report.divergence()));
        if (report.findings().isEmpty()) {
            return out.append("No discrepancies found between the sources.\n").append(matrix(report)).toString();
        }
        out.append("| # | severity | type | finding | evidence |\n|---|---|---|---|---|\n");
        int n = 1;
        for (Finding f : report.findings()) {
            StringBuilder evidence = new StringBuilder();
            for (Evidence e : f.evidence()) {
                if (evidence.length() > 0) {
                    evidence.append("<br>");
                }
                Source s = ReportText.source(report, e.sourceId());
                evidence.append("**").append(e.sourceId()).append("**: ")
                        .append(escape(ReportText.inContext(s.text(), e.span(), 40, t -> "\u0000" + t + "\u0001"))
                                .replace("\u0000", "**").replace("\u0001", "**"));
            }
            out.append("| ").append(n++).append(" | ")
                    .append(String.format(Locale.ROOT, "%s %.2f", SeverityLevel.of(f.severity()).label(), f.severity()))
                    .append(" | ").append(f.type()).append(" | ").append(escape(f.summary())).append(" | ")
                    .append(evidence).append(" |\n");
        }
        return out.append(matrix(report)).toString();
    }

    /** With three sources or more: the shared claims, one row each, one column per source. */
    private static String matrix(Report report) {
        if (!ReportText.showsMatrix(report)) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n## Shared claims\n\n| # |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Source s : report.sources()) {
            out.append(' ').append(s.id()).append(s.published() == null ? "" : " (" + s.published() + ")").append(" |");
            rule.append("---|");
        }
        out.append('\n').append(rule).append('\n');
        int n = 1;
        for (ClaimMatrix.Row row : ClaimMatrix.of(report)) {
            out.append("| ").append(n++).append(" |");
            for (Source s : report.sources()) {
                out.append(' ').append(escape(ReportText.cell(row.cells().get(s.id())))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }


    private static String cell(String value) {
        return value == null ? "" : escape(value);
    }

    /** Escapes what would break a table cell or start Markdown formatting. */
    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\|*_`[]<>#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' ? ' ' : c);
        }
        return b.toString();
    }
}
