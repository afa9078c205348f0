package dev.parallax.verify.report;

import dev.parallax.verify.Report;
import java.util.Locale;
import java.util.Optional;

/** The forms a report is written in. */
public enum ReportFormat {
    /** For a terminal: findings first, then the claim matrix. */
    TEXT("text/plain"),
    /** The parallax-report/1 contract, for pipelines. */
    JSON("application/json"),
    /** For issues, wikis and chat. */
    MARKDOWN("text/markdown"),
    /** One self-contained page, sources side by side with every finding highlighted. */
    HTML("text/html");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named case-insensitively ("json", "markdown", "md"). */
    public static Optional<ReportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("md")) {
            return Optional.of(MARKDOWN);
        }
        if (n.equals("txt")) {
            return Optional.of(TEXT);
        }
        for (ReportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Writes the report in this format; colour applies to {@link #TEXT} only. */
    public String render(Report report, boolean colour) {
        return switch (this) {
            case TEXT -> new TextReportWriter(colour).write(report);
            case JSON -> JsonReportWriter.write(report);
            case MARKDOWN -> MarkdownReportWriter.write(report);
            case HTML -> HtmlReportWriter.write(report);
        };
    }
}
