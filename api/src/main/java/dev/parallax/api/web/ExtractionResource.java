package dev.parallax.api.web;

import dev.parallax.api.web.problem.Problem;
import dev.parallax.core.ingest.InvalidSourceException;
import dev.parallax.verify.Parallax;
import dev.parallax.verify.report.ReportFormat;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/extractions")
@Tag(name = "Reports")
public class ExtractionResource {

    @Inject
    Parallax engine;

    @Inject
    EngineSlots slots;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the claims of one source",
            description = "The claims found in one article (numbers, times, names, attributions) as a report with one "
                    + "source and no findings; the same as `parallax extract --format json`.")
    @APIResponse(responseCode = "200", description = "The single-source report.", content = {
        @Content(mediaType = "application/json", schema = @Schema(ref = ApiDocs.REPORT_SCHEMA)),
        @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, breaks a rule, or the source cannot be used.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The source or the body is over the limit.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "All engine slots stayed busy, or the report ran longer than the time "
            + "budget and was stopped; retry after the Retry-After seconds.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response extract(
            @Valid @NotNull(message = "is required: send a JSON object with the source's text or html") SourceRequest body,
            @Parameter(description = ApiDocs.FORMAT, schema = @Schema(enumeration = {"json", "text", "markdown", "html"})) @QueryParam("format") String format) {
        ReportFormat reportFormat = ReportResponses.format(format);
        RequestSources source = RequestSources.extraction(body);
        try {
            return ReportResponses.of(slots.run(deadline -> engine.extract(source.inputs().get(0), deadline)), reportFormat);
        } catch (InvalidSourceException e) {
            throw source.problem(e);
        }
    }
}
