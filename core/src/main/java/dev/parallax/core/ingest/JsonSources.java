package dev.parallax.core.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Reads sources written as JSON, the way the web API takes them: one source object
 * ({@code text} or {@code html}, and optionally {@code language}, {@code outlet}, {@code published},
 * {@code title}, {@code name}), an array of them, a request body {@code {"sources": [...]}}, or JSON
 * Lines with one object per line. Metadata in these fields counts as stated by the user.
 */
final class JsonSources {

    /** Strict JSON; a key given twice ("text" and "text") is an error rather than a silent choice. */
    private static final ObjectReader READER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // A source is a flat object; deep nesting is an attack or an accident, never an article.
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .build()
            .readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonSources() {
    }

    /** Whether a file's name or first characters say that it is JSON. */
    static boolean looksLikeJson(String name, String content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return true;
        }
        int i = skipWhitespace(content, 0);
        if (i >= content.length()) {
            return false;
        }
        char first = content.charAt(i);
        int j = skipWhitespace(content, i + 1);
        char next = j < content.length() ? content.charAt(j) : ' ';
        // "[Oppdatert] Ny brann" is text; "{" or "[" followed by what a JSON object or array holds is not.
        return first == '{' && (next == '"' || next == '}') || first == '[' && (next == '{' || next == ']');
    }

    /** The sources the JSON content holds, in order. */
    static List<SourceInput> parse(String content, String name, String encoding, IngestLimits limits) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean lines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || hasSeveralValues(content, name);
        List<Named> objects = new ArrayList<>();
        if (lines) {
            // JSON Lines: one object per line, named by its line for messages.
            String[] rows = content.split("\n", -1);
            for (int i = 0; i < rows.length; i++) {
                if (!rows[i].isBlank()) {
                    objects.add(new Named(readValue(rows[i], name, i + 1), name + ":" + (i + 1)));
                }
            }
        } else {
            JsonNode root = readValue(content, name, 0);
            JsonNode sources = root.isObject() && root.has("sources") ? root.get("sources") : root;
            if (sources.isArray()) {
                for (int i = 0; i < sources.size(); i++) {
                    objects.add(new Named(sources.get(i), name + "[" + i + "]"));
                }
            } else {
                objects.add(new Named(sources, name));
            }
        }
        if (objects.isEmpty()) {
            throw new InvalidSourceException(InputProblem.EMPTY, name, "holds an empty list of sources");
        }
        if (objects.size() > limits.maxSources()) {
            throw new InvalidSourceException(InputProblem.TOO_MANY_SOURCES, name,
                    "holds " + objects.size() + " sources; at most " + limits.maxSources() + " are accepted");
        }
        List<SourceInput> inputs = new ArrayList<>(objects.size());
        for (Named object : objects) {
            inputs.add(source(object.node(), object.name(), encoding, limits));
        }
        return inputs;
    }

    /** Whether the content holds more than one top-level value: JSON Lines under another name. */
    private static boolean hasSeveralValues(String content, String name) {
        try (JsonParser parser = READER.createParser(content)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            throw malformed(name, e, 0);
        } catch (IOException e) {
            throw new InvalidSourceException(InputProblem.UNREADABLE, name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** One JSON value; {@code line} is the line it stands on in a JSON Lines file, or 0. */
    private static JsonNode readValue(String json, String name, int line) {
        try {
            JsonNode node = READER.readValue(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidSourceException(InputProblem.EMPTY, name, "holds no JSON value");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(name, e, line);
        } catch (IOException e) {
            throw new InvalidSourceException(InputProblem.UNREADABLE, name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private record Named(JsonNode node, String name) {
    }

    private static SourceInput source(JsonNode node, String position, String encoding, IngestLimits limits) {
        if (!node.isObject()) {
            throw new InvalidSourceException(InputProblem.MALFORMED_JSON, position,
                    "is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                            + ", not a source object such as {\"text\": \"...\", \"language\": \"en\"}");
        }
        String name = optionalString(node, "name", position);
        name = name == null || name.isBlank() ? position : position + " (" + name.strip() + ")";
        String text = optionalString(node, "text", name);
        String html = optionalString(node, "html", name);
        if (text != null && html != null) {
            throw new InvalidSourceException(InputProblem.MALFORMED_JSON, name,
                    "has both \"text\" and \"html\"; give one of them");
        }
        if (text == null && html == null) {
            throw new InvalidSourceException(InputProblem.EMPTY, name,
                    "has neither a \"text\" nor an \"html\" field (fields found: " + fieldNames(node) + ")");
        }
        String content = text != null ? text : html;
        if (content.length() > limits.maxCharsPerSource()) {
            throw new InvalidSourceException(InputProblem.TOO_LARGE, name, "has " + content.length()
                    + " characters of " + (text != null ? "text" : "HTML") + "; the limit is "
                    + limits.maxCharsPerSource() + " per source");
        }
        if (content.isBlank()) {
            throw new InvalidSourceException(InputProblem.EMPTY, name,
                    "has an empty \"" + (text != null ? "text" : "html") + "\"");
        }
        String language = optionalString(node, "language", name);
        checkLanguageTag(language, name);
        String published = optionalString(node, "published", name);
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            date = PublicationDates.parseOrNull(published);
            if (date == null) {
                throw new InvalidSourceException(InputProblem.BAD_METADATA, name,
                        "\"published\": \"" + published + "\" is not a date; use YYYY-MM-DD");
            }
        }
        return new SourceInput(name, content, text != null ? SourceFormat.TEXT : SourceFormat.HTML,
                blankToNull(language), blankToNull(optionalString(node, "outlet", name)), date,
                blankToNull(optionalString(node, "title", name)), encoding);
    }

    /** Refuses a language field that is no BCP 47 tag at all; an unsupported language is handled later. */
    static void checkLanguageTag(String language, String name) {
        if (language == null || language.isBlank()) {
            return;
        }
        try {
            new Locale.Builder().setLanguageTag(language.strip().replace('_', '-'));
        } catch (IllformedLocaleException e) {
            throw new InvalidSourceException(InputProblem.BAD_METADATA, name,
                    "language '" + language + "' is not a language code; use a code such as en, nb or ar");
        }
    }

    private static String optionalString(JsonNode node, String field, String name) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidSourceException(InputProblem.MALFORMED_JSON, name, "\"" + field + "\" must be a string, not a "
                    + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value.textValue();
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static InvalidSourceException malformed(String name, JsonProcessingException e, int line) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + (line > 0 ? line : at.getLineNr()) + ", column "
                + at.getColumnNr();
        String reason = e.getOriginalMessage();
        int cut = reason.indexOf('\n');
        reason = cut < 0 ? reason : reason.substring(0, cut);
        return new InvalidSourceException(InputProblem.MALFORMED_JSON, name, "is not valid JSON" + where + ": " + reason);
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
