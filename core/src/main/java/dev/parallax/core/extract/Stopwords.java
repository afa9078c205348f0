package dev.parallax.core.extract;

import dev.parallax.core.lang.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * Function words of a language, from Lucene's analyzers (Polish from Stempel's, Ukrainian from
 * Morfologik's). English takes Lucene's copy of the Snowball list: the analyzer's default is a
 * 33-word search-engine list that leaves pronouns, auxiliaries and most prepositions as content.
 */
public final class Stopwords {

    private Stopwords() {
    }

    /** The lower-case function words of a language; empty for none. */
    public static Set<String> of(Language language) {
        if (language == null) {
            return Set.of();
        }
        CharArraySet set = switch (language) {
            case ENGLISH -> snowball("english_stop.txt");
            case NORWEGIAN_BOKMAL, NORWEGIAN_NYNORSK -> NorwegianAnalyzer.getDefaultStopSet();
            case SWEDISH -> SwedishAnalyzer.getDefaultStopSet();
            case DANISH -> DanishAnalyzer.getDefaultStopSet();
            case GERMAN -> GermanAnalyzer.getDefaultStopSet();
            case FRENCH -> FrenchAnalyzer.getDefaultStopSet();
            case SPANISH -> SpanishAnalyzer.getDefaultStopSet();
            case ITALIAN -> ItalianAnalyzer.getDefaultStopSet();
            case PORTUGUESE -> PortugueseAnalyzer.getDefaultStopSet();
            case DUTCH -> DutchAnalyzer.getDefaultStopSet();
            case RUSSIAN -> RussianAnalyzer.getDefaultStopSet();
            case ARABIC -> ArabicAnalyzer.getDefaultStopSet();
            case TURKISH -> TurkishAnalyzer.getDefaultStopSet();
            case POLISH -> PolishAnalyzer.getDefaultStopSet();
            case UKRAINIAN -> UkrainianMorfologikAnalyzer.getDefaultStopwords();
        };
        return strings(set);
    }

    private static CharArraySet snowball(String file) {
        try (Reader in = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's " + file + " is missing from the classpath", e);
        }
    }

    private static Set<String> strings(CharArraySet set) {
        Set<String> words = new HashSet<>();
        for (Object o : set) {
            words.add(new String((char[]) o));
        }
        return Set.copyOf(words);
    }
}
