package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameConceptsTest {

    private static java.util.Set<String> conceptsOf(String name) {
        return NameConcepts.of(Morphemes.in(name, NameTokens.of(name)));
    }

    @Test
    void differentVendorSpellingsOfASessionShareOneConcept() {
        assertThat(conceptsOf("PHPSESSID")).contains("session");
        assertThat(conceptsOf("_sp_ses.4f2a")).contains("session");
        assertThat(conceptsOf("sid")).contains("session");
    }

    @Test
    void measurementExperimentAndAdvertisingNamesGetTheirConcepts() {
        assertThat(conceptsOf("_pk_id.1.a1b2")).contains("measurement");
        assertThat(conceptsOf("_hjIncludedInPageviewSample")).contains("measurement", "experiment");
        assertThat(conceptsOf("ab_variant")).contains("experiment");
        assertThat(conceptsOf("_gcl_au")).contains("advertising");
        assertThat(conceptsOf("currency")).containsExactly("preference");
        assertThat(conceptsOf("language")).containsExactly("preference");
    }

    @Test
    void everyConceptMemberIsAMorphemeTheNameScannerFinds() {
        assertThat(NameConcepts.members())
                .isNotEmpty()
                .allSatisfy(member ->
                        assertThat(Morphemes.in(member, NameTokens.of(member))).contains(member));
    }

    @Test
    void onlyNamesWithANecessaryPurposeStateOne() {
        assertThat(NameConcepts.statesNecessaryPurpose("cart_ts")).isTrue();
        assertThat(NameConcepts.statesNecessaryPurpose("csrftoken")).isTrue();
        assertThat(NameConcepts.statesNecessaryPurpose("lb_route")).isTrue();
        assertThat(NameConcepts.statesNecessaryPurpose("cookie_consent")).isTrue();
        assertThat(NameConcepts.statesNecessaryPurpose("_fbp")).isFalse();
        assertThat(NameConcepts.statesNecessaryPurpose("_ga_7Q2K3L")).isFalse();
    }
}
