package dev.parallax.translate.pivot;

import java.util.List;

/**
 * The port to a machine-translation service: turns the sentences of one source into another
 * language. Implementations talk to a service (they live at the application's edge); the aligner
 * that uses them stays pure.
 */
public interface Translator {

    /**
     * Translates texts of one language, one answer per text, in the same order. A caller passes all
     * the sentences of a source at once so that an implementation can send them in as few requests as
     * the service allows.
     *
     * @param texts the texts, all in language {@code from}
     * @param from BCP 47 code of their language, or {@code "und"} when it is not known and the service
     *             should detect it
     * @param to BCP 47 code of the language to translate into
     * @return the translations, as many as {@code texts}
     * @throws TranslationException when the service cannot be reached, refuses the request or answers
     *                              with something that is not a translation
     */
    List<String> translate(List<String> texts, String from, String to);
}
