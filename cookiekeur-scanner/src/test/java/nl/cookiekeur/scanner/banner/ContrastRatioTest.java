package nl.cookiekeur.scanner.banner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContrastRatioTest {

    @Test
    void blackOnWhiteIsTwentyOne() {
        assertThat(ContrastRatio.of("rgb(0, 0, 0)", "rgb(255, 255, 255)")).hasValue(21.0);
    }

    @Test
    void theWcagGreyThatJustPassesAa() {
        // #767676 on white is the well-known lightest grey that meets 4.5:1
        assertThat(ContrastRatio.of("rgb(118, 118, 118)", "rgb(255, 255, 255)")).hasValue(4.54);
        assertThat(ContrastRatio.of("rgb(119, 119, 119)", "rgb(255, 255, 255)")).hasValue(4.48);
    }

    @Test
    void orderDoesNotMatterAndEqualColoursGiveOne() {
        assertThat(ContrastRatio.of("rgb(255, 255, 255)", "rgb(0, 0, 255)"))
                .isEqualTo(ContrastRatio.of("rgb(0, 0, 255)", "rgb(255, 255, 255)"));
        assertThat(ContrastRatio.of("rgb(0, 0, 255)", "rgb(255, 255, 255)")).hasValue(8.59);
        assertThat(ContrastRatio.of("rgba(10, 20, 30, 1)", "rgb(10,20,30)")).hasValue(1.0);
    }

    @Test
    void unreadableColoursGiveNothing() {
        assertThat(ContrastRatio.of("red", "rgb(0, 0, 0)")).isEmpty();
        assertThat(ContrastRatio.of("rgb(0, 0, 0)", "")).isEmpty();
    }
}
