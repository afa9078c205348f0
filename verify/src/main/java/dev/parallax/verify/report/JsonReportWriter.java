package dev.parallax.verify.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.DurationExpression;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.SharedClaim;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.Finding;
import dev.parallax.verify.FindingType;
import dev.parallax.verify.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the {@code parallax-report/1} JSON contract (its JSON Schema:
 * api/src/main/resources/META-INF/resources/schema/parallax-report-1.schema.json). Streams with
 * Jackson's generator rather than binding objects, so the field names and order are exactly the
 * contract's and nothing depends on reflection.
 */
public final class JsonReportWriter {

    /** The contract's identifier, the first field of every report. */
    public static final String SCHEMA = "parallax-report/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReportWriter() {
    }

    public static String write(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeArrayFieldStart("sources");
            for (Source s : report.sources()) {
                writeSource(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("claims");
            for (Claim c : report.claims()) {
                writeClaim(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("alignments");
            for (Alignment a : report.alignments()) {
                g.writeStartObject();
                g.writeArrayFieldStart("claims");
                for (Claim c : a.claims()) {
                    g.writeString(c.id());
                }
                g.writeEndArray();
                g.writeNumberField("score", round(a.score()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sharedClaims");
            for (SharedClaim shared : report.sharedClaims()) {
                g.writeStartObject();
                g.writeArrayFieldStart("claims");
                for (Claim c : shared.claims()) {
                    g.writeString(c.id());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("sources");
                for (String id : shared.sources()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                writeFinding(g, f);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("divergence", round(report.divergence()));
            g.writeObjectFieldStart("counts");
            for (Map.Entry<FindingType, Integer> e : report.counts().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("warnings");
            for (String w : report.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static void writeSource(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("language", s.language());
        g.writeStringField("outlet", s.outlet());
        g.writeStringField("published", s.published() == null ? null : s.published().toString());
        g.writeStringField("title", s.title());
        g.writeStringField("text", s.text());
        g.writeEndObject();
    }

    private static void writeClaim(JsonGenerator g, Claim c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("source", c.sourceId());
        writeSpanFields(g, c.span());
        g.writeStringField("predicate", c.predicate());
        g.writeArrayFieldStart("quantities");
        for (Quantity q : c.quantities()) {
            g.writeStartObject();
            writeSpanFields(g, q.span());
            writeNumberOrNull(g, "low", q.low());
            writeNumberOrNull(g, "high", q.high());
            g.writeStringField("qualifier", q.qualifier().name());
            g.writeStringField("counted", q.counted());
            g.writeStringField("unit", q.unit());
            g.writeStringField("event", q.event());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("times");
        for (TimeExpression t : c.times()) {
            g.writeStartObject();
            writeSpanFields(g, t.span());
            g.writeStringField("from", t.from() == null ? null : t.from().toString());
            g.writeStringField("to", t.to() == null ? null : t.to().toString());
            g.writeStringField("granularity", t.granularity().name());
            g.writeBooleanField("relative", t.relative());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("durations");
        for (DurationExpression d : c.durations()) {
            g.writeStartObject();
            writeSpanFields(g, d.span());
            writeNumberOrNull(g, "low", d.low());
            writeNumberOrNull(g, "high", d.high());
            g.writeStringField("qualifier", d.qualifier().name());
            g.writeStringField("unit", d.unit().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (EntityMention e : c.entities()) {
            g.writeStartObject();
            writeSpanFields(g, e.span());
            g.writeStringField("key", e.key());
            g.writeStringField("type", e.type().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        Attribution a = c.attribution();
        if (a == null) {
            g.writeNullField("attribution");
        } else {
            g.writeObjectFieldStart("attribution");
            writeSpanFields(g, a.span());
            g.writeStringField("speaker", a.speaker());
            g.writeStringField("key", a.key());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", f.type().name());
        g.writeNumberField("severity", round(f.severity()));
        g.writeStringField("summary", f.summary());
        g.writeArrayFieldStart("claims");
        for (String id : f.claimIds()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (Evidence e : f.evidence()) {
            g.writeStartObject();
            g.writeStringField("source", e.sourceId());
            writeSpanFields(g, e.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSpanFields(JsonGenerator g, Span span) throws IOException {
        g.writeNumberField("start", span.start());
        g.writeNumberField("end", span.end());
        g.writeStringField("text", span.text());
    }

    private static void writeNumberOrNull(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(field, value.longValue());
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
