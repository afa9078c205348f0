package dev.parallax.core.extract;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.util.List;

/** Finds the checkable claims of a source. Implementations are thread-safe and free of I/O. */
public interface ClaimExtractor {

    /** The claims of the source, in text order, with ids "{sourceId}{n}" counting from 1. */
    List<Claim> extract(Source source);

    /**
     * The claims of the source, stopping when the deadline passes. Implementations that can stop
     * partway check it as they go; this default checks before and after.
     *
     * @throws dev.parallax.core.budget.DeadlineExceededException when the deadline passes
     */
    default List<Claim> extract(Source source, Deadline deadline) {
        deadline.check();
        List<Claim> claims = extract(source);
        deadline.check();
        return claims;
    }
}
