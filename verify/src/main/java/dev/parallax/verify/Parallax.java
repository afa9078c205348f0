package dev.parallax.verify;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.budget.DeadlineExceededException;
import dev.parallax.core.extract.ClaimExtractor;
import dev.parallax.core.ingest.IngestedSource;
import dev.parallax.core.ingest.Ingester;
import dev.parallax.core.ingest.InputProblem;
import dev.parallax.core.ingest.InvalidSourceException;
import dev.parallax.core.ingest.SourceInput;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.ClaimAligner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The engine: sources in, report out. Runs ingest, extract, align and verify; holds no per-call
 * state, so one instance serves concurrent callers.
 *
 * <p>A caller with a time limit passes a {@link Deadline}: the engine checks it between stages and
 * inside every long loop, and when it passes stops with {@link DeadlineExceededException} rather than
 * finishing the report.
 */
public final class Parallax {

    private final Ingester ingester;
    private final ClaimExtractor extractor;
    private final ClaimAligner aligner;
    private final DiscrepancyDetector detector;

    public Parallax(Ingester ingester, ClaimExtractor extractor, ClaimAligner aligner, DiscrepancyDetector detector) {
        this.ingester = Objects.requireNonNull(ingester);
        this.extractor = Objects.requireNonNull(extractor);
        this.aligner = Objects.requireNonNull(aligner);
        this.detector = Objects.requireNonNull(detector);
    }

    /** The default offline engine with the default limits. */
    public static Parallax standard() {
        return standard(dev.parallax.core.ingest.IngestLimits.DEFAULT);
    }

    /** The default offline engine with the given limits. */
    public static Parallax standard(dev.parallax.core.ingest.IngestLimits limits) {
        return standard(limits, new dev.parallax.translate.OfflineClaimAligner());
    }

    /** The default engine with the given limits and aligner (a translating one, for instance). */
    public static Parallax standard(dev.parallax.core.ingest.IngestLimits limits, ClaimAligner aligner) {
        return new Parallax(new Ingester(limits, dev.parallax.core.ingest.LanguageIdentifier.shared()),
                new dev.parallax.core.extract.RuleBasedClaimExtractor(), aligner, new RuleBasedDetector());
    }

    public Ingester ingester() {
        return ingester;
    }

    /**
     * Compares two or more sources.
     *
     * @throws InvalidSourceException when an input cannot be used or there are too few or too many
     */
    public Report compare(List<SourceInput> inputs) {
        return compare(inputs, Deadline.none());
    }

    /**
     * Compares two or more sources, stopping when the deadline passes.
     *
     * @throws InvalidSourceException when an input cannot be used or there are too few or too many
     * @throws DeadlineExceededException when the deadline passes before the report is complete
     */
    public Report compare(List<SourceInput> inputs, Deadline deadline) {
        if (inputs.size() < 2) {
            throw new InvalidSourceException(InputProblem.TOO_FEW_SOURCES, null,
                    "a comparison needs at least 2 sources, got " + inputs.size());
        }
        if (inputs.size() > ingester.limits().maxSources()) {
            throw new InvalidSourceException(InputProblem.TOO_MANY_SOURCES, null,
                    "a comparison takes at most " + ingester.limits().maxSources() + " sources, got " + inputs.size());
        }
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            deadline.check();
            IngestedSource ingested = ingester.ingest(inputs.get(i), sourceId(i));
            sources.add(ingested.source());
            String name = inputs.get(i).name();
            ingested.languageWarning().ifPresent(w -> warnings.add(name + ": " + w));
            claims.addAll(extractor.extract(ingested.source(), deadline));
        }
        List<Alignment> alignments = aligner.align(sources, claims, deadline);
        List<Finding> findings = detector.detect(sources, claims, alignments, deadline);
        return new Report(sources, claims, alignments, findings, warnings);
    }

    /** The claims of one source, as a report without alignments or findings. */
    public Report extract(SourceInput input) {
        return extract(input, Deadline.none());
    }

    /**
     * The claims of one source, stopping when the deadline passes.
     *
     * @throws InvalidSourceException when the input cannot be used
     * @throws DeadlineExceededException when the deadline passes before the claims are read
     */
    public Report extract(SourceInput input, Deadline deadline) {
        deadline.check();
        IngestedSource ingested = ingester.ingest(input, sourceId(0));
        List<String> warnings = ingested.languageWarning().map(w -> input.name() + ": " + w).stream().toList();
        return new Report(List.of(ingested.source()), extractor.extract(ingested.source(), deadline), List.of(),
                List.of(), warnings);
    }

    /** "A", "B", ... "Z", then "AA", "AB", ... */
    static String sourceId(int index) {
        StringBuilder id = new StringBuilder();
        int n = index;
        do {
            id.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return id.toString();
    }
}
