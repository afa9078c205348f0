package dev.parallax.api.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComparisonRequest", description = "The reports to compare, in the order the report names them (A, B, ...).")
public record ComparisonRequest(
        @NotNull(message = "is required: a list of at least 2 sources")
        @Size(min = 2, message = "must list at least {min} sources to compare")
        @Schema(description = "Two or more sources (at most parallax.limits.max-sources, 20 by default).", minItems = 2)
        List<@NotNull(message = "must be a source object, not null") @Valid SourceRequest> sources) {
}
