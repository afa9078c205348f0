package dev.parallax.translate.pivot;

import dev.parallax.core.lang.Language;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.ClaimAligner;
import dev.parallax.translate.OfflineClaimAligner;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aligns claims through a machine translation: every source not already in the pivot language has
 * its claim sentences translated (all of a source's sentences in one call to the {@link Translator}),
 * each claim is read again from its translation ({@link PivotReading}), and the claims so read are
 * aligned by another aligner (by default the offline one, with its scoring and one-to-one assignment).
 * The alignments returned name the ORIGINAL claims, so the discrepancy rules compare the slots of
 * the original texts and every finding quotes the words the sources wrote.
 */
public final class PivotClaimAligner implements ClaimAligner {

    /** The pivot language unless another is configured: the best-covered lexicon and the likeliest translation target. */
    public static final Language DEFAULT_PIVOT = Language.ENGLISH;

    private final Translator translator;
    private final Language pivot;
    private final ClaimAligner aligner;
    private final PivotReading reading;

    /** Translates into English and aligns with the {@link OfflineClaimAligner}. */
    public PivotClaimAligner(Translator translator) {
        this(translator, DEFAULT_PIVOT, new OfflineClaimAligner());
    }

    /**
     * @param translator the translation service
     * @param pivot the language claims are translated into and read in
     * @param aligner aligns the claims once they are read in the pivot language
     */
    public PivotClaimAligner(Translator translator, Language pivot, ClaimAligner aligner) {
        this.translator = Objects.requireNonNull(translator);
        this.pivot = Objects.requireNonNull(pivot);
        this.aligner = Objects.requireNonNull(aligner);
        this.reading = new PivotReading(pivot);
    }

    /** The language claims are translated into. */
    public Language pivot() {
        return pivot;
    }

    /**
     * {@inheritDoc}
     *
     * @throws TranslationException when a source's sentences cannot be translated
     */
    @Override
    public List<Alignment> align(List<Source> sources, List<Claim> claims) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        for (Claim c : claims) {
            bySource.computeIfAbsent(c.sourceId(), id -> new ArrayList<>()).add(c);
        }
        Map<Claim, Claim> originalOf = new IdentityHashMap<>();
        List<Source> pivotSources = new ArrayList<>();
        List<Claim> pivotClaims = new ArrayList<>();
        for (Source source : sources) {
            List<Claim> own = bySource.getOrDefault(source.id(), List.of());
            List<Claim> read = inPivotLanguage(source) ? own : translated(source, own);
            for (int i = 0; i < own.size(); i++) {
                originalOf.put(read.get(i), own.get(i));
            }
            pivotClaims.addAll(read);
            pivotSources.add(new Source(source.id(), source.outlet(), pivot.code(), source.published(), source.title(),
                    source.text()));
        }
        List<Alignment> alignments = new ArrayList<>();
        for (Alignment a : aligner.align(pivotSources, pivotClaims)) {
            List<Claim> originals = a.claims().stream().map(c -> {
                Claim original = originalOf.get(c);
                if (original == null) {
                    throw new IllegalStateException("the aligner returned claim " + c.id() + ", which it was not given");
                }
                return original;
            }).toList();
            alignments.add(new Alignment(originals, a.score(), a.features()));
        }
        return alignments;
    }

    private boolean inPivotLanguage(Source source) {
        return Language.fromTag(source.language()).filter(pivot::equals).isPresent();
    }

    private List<Claim> translated(Source source, List<Claim> own) {
        if (own.isEmpty()) {
            return own;
        }
        List<String> sentences = own.stream().map(c -> c.span().text()).toList();
        List<String> translations = translator.translate(sentences, source.language(), pivot.code());
        if (translations == null || translations.size() != sentences.size() || translations.stream().anyMatch(Objects::isNull)) {
            throw new TranslationException(TranslationFailure.MALFORMED_RESPONSE, "the translation service returned "
                    + (translations == null ? "nothing" : translations.size() + " translations") + " for the "
                    + sentences.size() + " sentences of source " + source.id());
        }
        List<Claim> read = new ArrayList<>(own.size());
        for (int i = 0; i < own.size(); i++) {
            read.add(reading.of(own.get(i), source, translations.get(i)));
        }
        return read;
    }
}
