package dev.parallax.verify;

import dev.parallax.core.ingest.SourceInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sources written in a test, compared by the default engine. */
final class EngineFixture {

    static final Parallax ENGINE = Parallax.standard();

    private final List<SourceInput> inputs = new ArrayList<>();

    EngineFixture source(String language, String published, String text) {
        inputs.add(SourceInput.text("source" + inputs.size(), text)
                .withMetadata(language, "Outlet " + (char) ('A' + inputs.size()),
                        published == null ? null : LocalDate.parse(published), null));
        return this;
    }

    Report compare() {
        return ENGINE.compare(inputs);
    }

    static List<Finding> ofType(Report report, FindingType type) {
        return report.findings().stream().filter(f -> f.type() == type).toList();
    }

    static List<String> evidenceTexts(Finding f) {
        return f.evidence().stream().map(e -> e.sourceId() + ":" + e.span().text()).toList();
    }
}
