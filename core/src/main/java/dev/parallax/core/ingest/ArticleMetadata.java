package dev.parallax.core.ingest;

import java.time.LocalDate;

/**
 * What the content of an input says about itself (front matter, HTML meta tags); each field null
 * when not stated.
 */
record ArticleMetadata(String title, String outlet, LocalDate published, String language) {

    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    /** Fields of {@code preferred} where set, this one's elsewhere. */
    ArticleMetadata overriddenBy(ArticleMetadata preferred) {
        return new ArticleMetadata(
                preferred.title != null ? preferred.title : title,
                preferred.outlet != null ? preferred.outlet : outlet,
                preferred.published != null ? preferred.published : published,
                preferred.language != null ? preferred.language : language);
    }
}
