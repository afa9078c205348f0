package dev.parallax.api.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article as a client sends it: its text or its HTML, and what is known about it. */
@OneContent
@Schema(name = "Source", description = "One article: exactly one of `text` or `html`, and what is known about it. "
        + "Stated metadata wins over what the article itself says (front matter, HTML meta tags).")
public record SourceRequest(
        @Schema(description = "The article as plain text (may start with YAML front matter).",
                examples = "Police said 12 houses were destroyed on 3 May 2024.")
        String text,

        @Schema(description = "The article as an HTML page; the article body is extracted from it.")
        String html,

        @Pattern(regexp = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*", message = "must be a language code such as en, nb or de-CH")
        @Schema(description = "BCP 47 language code; detected when absent.", examples = "en")
        String language,

        @Size(max = 300, message = "must be at most {max} characters")
        @Schema(description = "Who published the article.", examples = "The Daily Example")
        String outlet,

        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date written YYYY-MM-DD")
        @Schema(description = "Publication date (YYYY-MM-DD); relative times such as \"last year\" are resolved against it.",
                examples = "2024-05-04", format = "date")
        String published,

        @Size(max = 1000, message = "must be at most {max} characters")
        @Schema(description = "The headline.")
        String title,

        @Size(max = 200, message = "must be at most {max} characters")
        @Schema(description = "A label for messages about this source (warnings, errors).", examples = "example-en")
        String name) {

    /** The article content, whichever of text and html was given. */
    String content() {
        return text != null ? text : html;
    }

    /** The request field holding the content, for error messages. */
    String contentField() {
        return text != null ? "text" : "html";
    }
}
