package dev.parallax.api.web;

import dev.parallax.api.web.problem.Problem;
import dev.parallax.api.web.problem.Problem.FieldError;
import dev.parallax.api.web.problem.ProblemException;
import dev.parallax.api.web.problem.ProblemType;
import dev.parallax.verify.Report;
import dev.parallax.verify.report.ReportFormat;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A report as an HTTP response in the format the client asked for. */
final class ReportResponses {

    private ReportResponses() {
    }

    /** The format named by the {@code format} query parameter; JSON when there is none. */
    static ReportFormat format(String name) {
        if (name == null || name.isBlank()) {
            return ReportFormat.JSON;
        }
        return ReportFormat.named(name).orElseThrow(() -> new ProblemException(Problem.ofFields(
                ProblemType.INVALID_REQUEST, 400, List.of(new FieldError("format",
                        "'" + name + "' is not a report format; use json, text, markdown or html")))));
    }

    /**
     * The rendered report as the entity, so that the JSON is the very text the CLI prints for
     * {@code --format json}, byte for byte, rather than a re-serialisation that could drift from it.
     */
    static Response of(Report report, ReportFormat format) {
        String type = format == ReportFormat.JSON ? format.mediaType() : format.mediaType() + ";charset=UTF-8";
        return Response.ok(format.render(report, false), type).build();
    }
}
