package dev.parallax.api.cli;

import java.util.Collections;
import java.util.List;

/**
 * Spreads the values of a metadata option over the sources: none (nothing stated), one (the same for
 * every source) or exactly one per source in file order. Any other count is ambiguous, so it is
 * refused rather than guessed.
 */
final class PerSource {

    private PerSource() {
    }

    /**
     * One value (null when none was given) per source.
     *
     * @throws UsageException naming the option and the counts when they do not fit
     */
    static <T> List<T> spread(String option, List<T> values, int sources) {
        if (values.isEmpty()) {
            return Collections.nCopies(sources, null);
        }
        if (values.size() == 1) {
            return Collections.nCopies(sources, values.get(0));
        }
        if (values.size() == sources) {
            return List.copyOf(values);
        }
        throw new UsageException(option + " was given " + values.size() + " times for " + sources
                + (sources == 1 ? " file" : " files") + "; give it once for all files or once per file, in file order");
    }
}
