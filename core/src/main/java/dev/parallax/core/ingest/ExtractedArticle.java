package dev.parallax.core.ingest;

/** The article body of an input, as raw (not yet normalised) text, and what its content said about it. */
record ExtractedArticle(String body, ArticleMetadata metadata) {
}
