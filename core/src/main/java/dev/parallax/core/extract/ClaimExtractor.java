package dev.parallax.core.extract;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.util.List;

/** Finds the checkable claims of a source. Implementations are thread-safe and free of I/O. */
public interface ClaimExtractor {

    /** The claims of the source, in text order, with ids "{sourceId}{n}" counting from 1. */
    List<Claim> extract(Source source);
}
