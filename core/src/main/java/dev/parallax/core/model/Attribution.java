package dev.parallax.core.model;

/**
 * The speaker a statement is credited to ("police said", "ifølge SOHR").
 *
 * @param span the words naming the speaker and the reporting verb or preposition
 * @param speaker the speaker's words alone ("police", "SOHR")
 * @param key language-neutral key of the speaker: a lexicon concept ("POLICE") or a folded name key
 */
public record Attribution(Span span, String speaker, String key) {
}
