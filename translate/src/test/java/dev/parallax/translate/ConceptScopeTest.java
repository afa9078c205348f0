package dev.parallax.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptScopeTest {

    @Test
    void twoSupportedLanguagesShareTheirNewsCoreConcepts() {
        assertThat(ConceptScope.shared("en", "nb")).contains("TOWN", "KILL", "CIVILIAN", "POLICE");
        assertThat(ConceptScope.shared("nb", "en")).isEqualTo(ConceptScope.shared("en", "nb"));
    }

    @Test
    void aLanguageWithoutDataSharesNoConceptSoNoneIsHeldAgainstAPair() {
        assertThat(ConceptScope.shared("en", "und")).isEmpty();
    }

    @Test
    void aClaimKeepsOnlyTheConceptsInScope() {
        Claim c = new Claim("A1", "A", new Span(0, 1, "x"), null, List.of(), List.of(), List.of(), List.of(), null,
                List.of("TOWN", "budget", "KILL"));
        assertThat(ConceptScope.within(c, Set.of("TOWN", "KILL")).concepts()).containsExactly("TOWN", "KILL");
        assertThat(ConceptScope.within(c, Set.of("TOWN", "KILL", "budget"))).isSameAs(c);
    }
}
