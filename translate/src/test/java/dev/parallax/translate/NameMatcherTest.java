package dev.parallax.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    @Test
    void spellingVariantsOfOneNameMatch() {
        assertThat(NameMatcher.same("rami abdurrahman", "rami abdulrahman")).isTrue();
        assertThat(NameMatcher.isVariant("rami abdurrahman", "rami abdulrahman", "Rami Abdurrahman", "Rami Abdulrahman"))
                .isTrue();
        assertThat(NameMatcher.isVariant("dmitry kovalevsky", "dmitri kovalevski", "Dmitry Kovalevsky", "Dmitri Kovalevski"))
                .isTrue();
        assertThat(NameMatcher.isVariant("colonel jeanbaptiste lefevre", "jeanbaptiste lefevre",
                "Colonel Jean-Baptiste Lefevre", "Jean-Baptiste Lefèvre")).isTrue();
    }

    @Test
    void aPartOfANameIsTheSameEntityButNotAVariantSpelling() {
        assertThat(NameMatcher.same("solheim", "kari solheim")).isTrue();
        assertThat(NameMatcher.isVariant("solheim", "kari solheim", "Solheim", "Kari Solheim")).isFalse();
        assertThat(NameMatcher.isVariant("oslo", "oslo", "Oslo", "Oslo")).isFalse();
    }

    @Test
    void differentNamesDoNotMatch() {
        assertThat(NameMatcher.same("haukeland university hospital", "forde sentralsjukehus")).isFalse();
        assertThat(NameMatcher.same("bergen", "berlin")).isFalse();
        assertThat(NameMatcher.isVariant("kari solheim", "kari nordmann", "Kari Solheim", "Kari Nordmann")).isFalse();
        assertThat(NameMatcher.similarity("", "oslo")).isZero();
    }
}
