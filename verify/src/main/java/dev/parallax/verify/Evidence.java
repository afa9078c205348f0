package dev.parallax.verify;

import dev.parallax.core.model.Span;

/** The words of one source a finding rests on. */
public record Evidence(String sourceId, Span span) {
}
