package dev.parallax.api.cli;

import dev.parallax.core.ingest.SourceInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What the user states about the sources when the files do not say it themselves. */
public class MetadataOptions {

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Language of the source(s) as a BCP 47 code (en, nb, de...); detected when not given.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Publication date; relative times (\"last year\") are resolved against it.")
    List<LocalDate> published = new ArrayList<>();

    @Option(names = "--outlet", paramLabel = "NAME", description = "Who published the source.")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "Headline of the source.")
    List<String> titles = new ArrayList<>();

    /** @throws UsageException when an option was given a count of times that fits neither rule */
    void checkCounts(int sources) {
        PerSource.spread("--lang", languages, sources);
        PerSource.spread("--published", published, sources);
        PerSource.spread("--outlet", outlets, sources);
        PerSource.spread("--title", titles, sources);
    }

    /**
     * The inputs with the stated metadata applied: each option given once applies to every input,
     * given once per input it applies in order.
     */
    List<SourceInput> applyTo(List<SourceInput> inputs) {
        int n = inputs.size();
        List<String> lang = PerSource.spread("--lang", languages, n);
        List<LocalDate> dates = PerSource.spread("--published", published, n);
        List<String> outlet = PerSource.spread("--outlet", outlets, n);
        List<String> title = PerSource.spread("--title", titles, n);
        List<SourceInput> stated = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            stated.add(inputs.get(i).withMetadata(lang.get(i), outlet.get(i), dates.get(i), title.get(i)));
        }
        return stated;
    }
}
