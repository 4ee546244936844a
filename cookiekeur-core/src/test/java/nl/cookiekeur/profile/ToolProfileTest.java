package nl.cookiekeur.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

class ToolProfileTest {
    private static final String CART = "V1=ja V2=nee V3=ja";
    private static final String CLARITY = "V1=ja V2=nee V3=nee V4=nee V5=nee V6=ja V7=ja K3=ja";

    @Test
    void adviceAndDutiesComeFromTheVerdict() {
        ToolProfile cart = Profiles.profile("shopping-cart", CART);

        assertThat(cart.advice()).isEqualTo(AdviceNumber.ADVICE_2);
        assertThat(cart.consentRequired()).isFalse();
        assertThat(cart.informationDuty()).isFalse();
        assertThat(cart.citationIds()).containsExactly("tw-11.7a-3b");
    }

    @Test
    void nameAndVendorAreDutchFirstAndAvailableInEveryLanguage() {
        ToolProfile cart = Profiles.profile("shopping-cart", CART);

        assertThat(cart.name()).isEqualTo("Winkelmandje");
        assertThat(cart.name(Language.ENGLISH)).isEqualTo("Shopping cart");
        assertThat(cart.vendor()).isEqualTo("eigen webwinkel");
        assertThat(cart.vendor(Language.ENGLISH)).isEqualTo("your own web shop");
    }

    @Test
    void thirdPartyTrackingRequiresConsentAndCarriesTheDpiaObligation() {
        ToolProfile clarity = Profiles.profile("microsoft-clarity", CLARITY);

        assertThat(clarity.advice()).isEqualTo(AdviceNumber.ADVICE_7);
        assertThat(clarity.consentRequired()).isTrue();
        assertThat(clarity.obligations()).extracting(o -> o.source()).containsExactly(QuestionId.K3);
    }

    @Test
    void aVerdictThatDoesNotFollowFromTheAnswersIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ToolProfile(
                        "shopping-cart",
                        ToolKind.NECESSARY,
                        Answers.parse("V1=ja V2=nee V3=nee V4=ja"),
                        Profiles.concluded(CART),
                        Profiles.TEXTS,
                        Profiles.profile("x", CART).citations()))
                .withMessage("verdict path does not follow from the answers at V3: shopping-cart");
    }

    @Test
    void idsMustBeKebabCase() {
        assertThat(ToolProfile.isValidId("google-analytics-4")).isTrue();
        assertThat(ToolProfile.isValidId("Google-Analytics")).isFalse();
        assertThat(ToolProfile.isValidId("ga--4")).isFalse();
        assertThat(ToolProfile.isValidId("-ga")).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Profiles.profile("tawk.to", CART))
                .withMessageContaining("kebab-case");
    }

    @Test
    void everyLanguageNeedsAText() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ToolProfile(
                        "login-session",
                        ToolKind.NECESSARY,
                        Answers.parse(CART),
                        Profiles.concluded(CART),
                        Map.of(Language.DUTCH, Profiles.TEXTS.get(Language.DUTCH)),
                        Profiles.profile("x", CART).citations()))
                .withMessage("text missing in en: login-session");
    }

    @Test
    void aTextNeedsARationaleAndAtLeastOneCondition() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ToolProfileText("Naam", "Partij", " ", List.of("c"), List.of()))
                .withMessage("rationale must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ToolProfileText("Naam", "Partij", "Reden.", List.of(), List.of()))
                .withMessage("conditions must not be empty");
    }

    @Test
    void citationsMustBeGivenAndDistinct() {
        var citation = Profiles.profile("x", CART).citations().get(0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ToolProfile(
                        "x",
                        ToolKind.NECESSARY,
                        Answers.parse(CART),
                        Profiles.concluded(CART),
                        Profiles.TEXTS,
                        List.of(citation, citation)))
                .withMessage("citation tw-11.7a-3b cited twice: x");
    }
}
