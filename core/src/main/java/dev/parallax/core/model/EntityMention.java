package dev.parallax.core.model;

/**
 * A name as written in a source.
 *
 * @param span the name as written
 * @param key language-neutral form: transliterated to Latin, diacritics and case folded, so that
 *            spellings of one name in different scripts can be compared
 * @param type what the name refers to, where known
 */
public record EntityMention(Span span, String key, EntityType type) {
}
