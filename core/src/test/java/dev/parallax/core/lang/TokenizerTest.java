package dev.parallax.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<Token> tokens(Language language, String text) {
        return LanguageRegistry.of(language).tokenizer().tokenize(text, 0, text.length());
    }

    private static List<String> texts(Language language, String text) {
        return tokens(language, text).stream().map(Token::text).toList();
    }

    @Test
    void elidedArticlesAreTokensOfTheirOwnWhateverTheApostrophe() {
        assertThat(texts(Language.FRENCH, "selon l'armée")).containsExactly("selon", "l'", "armée");
        assertThat(texts(Language.ITALIAN, "dell'ospedale")).containsExactly("dell'", "ospedale");
        List<Token> straight = tokens(Language.ITALIAN, "l'ANAS");
        List<Token> curly = tokens(Language.ITALIAN, "l\u2019ANAS");
        assertThat(curly.get(0).stem()).isEqualTo(straight.get(0).stem());
        assertThat(curly.get(1).text()).isEqualTo("ANAS");
        // English has no elision: "O'Brien" stays one word
        assertThat(texts(Language.ENGLISH, "O'Brien said")).containsExactly("O'Brien", "said");
    }

    @Test
    void turkishCaseEndingsAfterAnApostropheAreSuffixes() {
        List<Token> t = tokens(Language.TURKISH, "İzmir'de 150'den fazla");
        assertThat(t).extracting(Token::text).containsExactly("İzmir", "'de", "150", "'den", "fazla");
        assertThat(t).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.SUFFIX, Token.Kind.NUMBER,
                Token.Kind.SUFFIX, Token.Kind.WORD);
    }

    @Test
    void anArabicConjunctionGluedToDigitsIsAWord() {
        List<Token> t = tokens(Language.ARABIC, "بين ٣٠ و٣٥");
        assertThat(t).extracting(Token::text).containsExactly("بين", "٣٠", "و", "٣٥");
        assertThat(t.get(3).kind()).isEqualTo(Token.Kind.NUMBER);
    }

    @Test
    void inflectedFormsOfPolishUkrainianAndArabicMeetTheirBaseForm() {
        Stemmer pl = LanguageRegistry.of(Language.POLISH).stemmer();
        assertThat(pl.stem("strażaków")).isEqualTo(pl.stem("strażacy"));
        Stemmer uk = LanguageRegistry.of(Language.UKRAINIAN).stemmer();
        assertThat(uk.stem("році")).isEqualTo(uk.stem("рік"));
        assertThat(uk.stem("загинули")).isEqualTo(uk.stem("загинув"));
        Stemmer ar = LanguageRegistry.of(Language.ARABIC).stemmer();
        assertThat(ar.stem("والموصل")).isEqualTo(ar.stem("موصل"));
    }
}
