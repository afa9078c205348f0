package dev.parallax.verify.report;

import dev.parallax.core.model.Source;
import dev.parallax.verify.ClaimMatrix;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.Finding;
import dev.parallax.verify.Report;
import dev.parallax.verify.SeverityLevel;
import java.util.Locale;

/** The report for a terminal: the sources, then each finding with its evidence in context. */
public final class TextReportWriter {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String YELLOW = "\u001B[33m";

    private final boolean colour;

    /** @param colour whether to use ANSI colours (only when writing to a terminal) */
    public TextReportWriter(boolean colour) {
        this.colour = colour;
    }

    public String write(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(style(BOLD, "Parallax report")).append('\n');
        for (Source s : report.sources()) {
            out.append("  ").append(s.id()).append("  ").append(ReportText.describe(s)).append('\n');
        }
        for (String w : report.warnings()) {
            out.append(style(YELLOW, "  warning: " + w)).append('\n');
        }
        out.append('\n');
        long checkable = report.claims().stream().filter(c -> c.isCheckable()).count();
        out.append(String.format(Locale.ROOT, "%d claims (%d checkable), %d aligned across sources, %d findings; divergence %.2f%n",
                report.claims().size(), checkable, report.alignments().size(), report.findings().size(),
                report.divergence()));
        if (report.findings().isEmpty()) {
            out.append("\nNo discrepancies found between the sources.\n");
            return out.append(matrix(report)).toString();
        }
        out.append('\n');
        int n = 1;
        for (Finding f : report.findings()) {
            SeverityLevel level = SeverityLevel.of(f.severity());
            String head = String.format(Locale.ROOT, "%2d. [%s %.2f] %s", n++, level.label(), f.severity(), f.type());
            out.append(style(colourOf(level), head)).append('\n');
            out.append("    ").append(f.summary()).append('\n');
            for (Evidence e : f.evidence()) {
                Source s = ReportText.source(report, e.sourceId());
                out.append("    ").append(e.sourceId()).append(": ")
                        .append(ReportText.inContext(s.text(), e.span(), 60,
                                t -> colour ? BOLD + t + RESET : "»" + t + "«"))
                        .append('\n');
            }
            out.append('\n');
        }
        return out.append(matrix(report)).toString();
    }

    /** With three sources or more: one block per shared claim, one line per source. */
    private String matrix(Report report) {
        if (!ReportText.showsMatrix(report)) {
            return "";
        }
        StringBuilder out = new StringBuilder(style(BOLD, "Shared claims")).append('\n');
        int n = 1;
        for (ClaimMatrix.Row row : ClaimMatrix.of(report)) {
            out.append(String.format(Locale.ROOT, "%2d.", n++)).append('\n');
            for (Source s : report.sources()) {
                out.append("    ").append(s.id())
                        .append(s.published() == null ? "" : " (" + s.published() + ")").append(": ")
                        .append(ReportText.cell(row.cells().get(s.id()))).append('\n');
            }
        }
        return out.toString();
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String colourOf(SeverityLevel level) {
        return switch (level) {
            case HIGH -> "\u001B[1;31m";
            case MEDIUM -> "\u001B[33m";
            case LOW -> "\u001B[36m";
            case INFO -> DIM;
        };
    }
}
