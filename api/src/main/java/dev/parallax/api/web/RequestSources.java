package dev.parallax.api.web;

import dev.parallax.api.web.problem.Problem;
import dev.parallax.api.web.problem.Problem.FieldError;
import dev.parallax.api.web.problem.ProblemException;
import dev.parallax.api.web.problem.ProblemType;
import dev.parallax.core.ingest.Ingester;
import dev.parallax.core.ingest.InputProblem;
import dev.parallax.core.ingest.InvalidSourceException;
import dev.parallax.core.ingest.SourceInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources of one request as engine inputs, and the way back from an engine error to the request
 * field it concerns. Each input is named after its place in the request ("sources[1]", with the
 * client's label in front when it gave one), so the engine's messages name it and the name leads
 * back to the field.
 */
final class RequestSources {

    private final List<SourceRequest> requests;
    private final boolean inList;
    private final Map<String, String> fieldByInputName = new HashMap<>();

    private RequestSources(List<SourceRequest> requests, boolean inList) {
        this.requests = requests;
        this.inList = inList;
    }

    /** The {@code sources} of a comparison request. */
    static RequestSources comparison(List<SourceRequest> sources) {
        return new RequestSources(sources, true);
    }

    /** The single source of an extraction request, whose fields are at the top of the body. */
    static RequestSources extraction(SourceRequest source) {
        return new RequestSources(List.of(source), false);
    }

    /** @throws InvalidSourceException for a published date that does not exist (2024-02-30) */
    List<SourceInput> inputs() {
        List<SourceInput> inputs = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            SourceRequest r = requests.get(i);
            String name = inputName(i, r.name());
            fieldByInputName.put(name, field(i, r.contentField()));
            String publishedField = field(i, "published");
            fieldByInputName.put(publishedField, publishedField);
            SourceInput input = r.html() != null ? SourceInput.html(name, r.html()) : SourceInput.text(name, r.text());
            inputs.add(input.withMetadata(r.language(), r.outlet(), Ingester.parseDate(r.published(), publishedField),
                    r.title()));
        }
        return inputs;
    }

    /** The engine's refusal as a problem naming the request field concerned. */
    ProblemException problem(InvalidSourceException e) {
        String inputName = e.sourceName();
        String field = inputName == null ? (inList ? "sources" : "") : fieldByInputName.getOrDefault(inputName, "");
        String message = e.getMessage();
        if (inputName != null && message.startsWith(inputName + ": ")) {
            message = message.substring(inputName.length() + 2);
        }
        boolean tooLarge = e.problem() == InputProblem.TOO_LARGE || e.problem() == InputProblem.TOO_MANY_SOURCES;
        Problem problem = Problem.ofFields(tooLarge ? ProblemType.TOO_LARGE : ProblemType.INVALID_SOURCE,
                tooLarge ? 413 : 400, List.of(new FieldError(field, message)));
        return new ProblemException(problem);
    }

    private String inputName(int index, String label) {
        String place = inList ? "sources[" + index + "]" : "source";
        return label == null || label.isBlank() ? place : label.strip() + " (" + place + ")";
    }

    private String field(int index, String name) {
        return inList ? "sources[" + index + "]." + name : name;
    }
}
