package nl.cookiekeur.scanner.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CmpStorageNamesTest {

    private final CmpStorageNames names = CmpStorageNames.shipped();

    @Test
    void recognisesExactNamesIgnoringCase() {
        assertThat(names.platform("cc_cookie")).hasValue("vanilla-cookieconsent");
        assertThat(names.platform("OPTANONCONSENT")).hasValue("OneTrust");
        assertThat(names.platform("euconsent-v2")).isPresent();
    }

    @Test
    void recognisesPrefixesAndNothingElse() {
        assertThat(names.platform("cmplz_marketing")).hasValue("Complianz");
        assertThat(names.platform("_iub_cs-123456")).hasValue("iubenda");
        assertThat(names.platform("cc_cookie_extra")).isEmpty();
        assertThat(names.platform("_ga")).isEmpty();
    }
}
