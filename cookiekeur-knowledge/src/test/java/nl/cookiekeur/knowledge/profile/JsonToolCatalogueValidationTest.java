package nl.cookiekeur.knowledge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

class JsonToolCatalogueValidationTest {
    private static final DecisionTree TREE = DecisionTree.load();

    private static JsonToolCatalogue read(String fixture) {
        String resource = "fixtures/" + fixture;
        try (InputStream in =
                Objects.requireNonNull(JsonToolCatalogueValidationTest.class.getResourceAsStream(resource), resource)) {
            return JsonToolCatalogue.read(in, fixture, TREE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidToolProfileException failure(String fixture) {
        return catchThrowableOfType(InvalidToolProfileException.class, () -> read(fixture));
    }

    @Test
    void aValidFileLoadsWithItsVendorSources() {
        JsonToolCatalogue catalogue = read("valid.json");

        assertThat(catalogue.ids()).containsExactly("shopping-cart", "load-balancer");
        assertThat(catalogue.find("load-balancer").orElseThrow().advice()).isEqualTo(AdviceNumber.ADVICE_4);
        assertThat(catalogue.find("load-balancer").orElseThrow().citationIds())
                .containsExactly("tw-11.7a-3a", "vendor-load-balancing");
        assertThat(catalogue.find("shopping-cart").orElseThrow().name(Language.ENGLISH))
                .isEqualTo("Shopping cart");
        assertThat(catalogue.find("load-balancer").orElseThrow().name(Language.ENGLISH))
                .isEqualTo("Load balancer");
        assertThat(catalogue.vendorSources())
                .extracting(c -> c.reference())
                .containsExactly("Example Hosting Sticky sessions");
        // the vendor's own title is English; the Dutch one is the catalogue's
        assertThat(catalogue.vendorSources().getFirst().title(Language.DUTCH))
                .isEqualTo("Hoe de load balancer een bezoeker op één server houdt");
        assertThat(catalogue.vendorSources().getFirst().title(Language.ENGLISH))
                .isEqualTo("How the load balancer keeps a visitor on one server");
    }

    @Test
    void anUnknownCitationNamesTheProfileAndTheId() {
        InvalidToolProfileException e = failure("unknown-citation.json");

        assertThat(e)
                .hasMessage(
                        "unknown-citation.json, profile 'shopping-cart' (line 3, column 5): field 'citations'"
                                + " cites unknown source 'ap-handleiding-ga' (neither in the law catalogue nor in vendorSources)");
        assertThat(e.profileId()).contains("shopping-cart");
        assertThat(e.source()).isEqualTo("unknown-citation.json");
    }

    @Test
    void contradictoryAnswersAreRejected() {
        assertThat(failure("contradictory-answers.json"))
                .hasMessage("contradictory-answers.json, profile 'hotjar' (line 3, column 5): field 'answers'"
                        + " contradict each other: EXEMPTION_YET_CROSS_SITE_TRACKING [V5, V6]");
    }

    @Test
    void answersThatStopBeforeAnAdviceAreRejected() {
        assertThat(failure("open-answers.json"))
                .hasMessage("open-answers.json, profile 'hotjar' (line 3, column 5): field 'answers'"
                        + " do not reach an advice: question V4 is unanswered");
    }

    @Test
    void answersOffThePathAreRejected() {
        assertThat(failure("off-path-answers.json"))
                .hasMessage("off-path-answers.json, profile 'shopping-cart' (line 3, column 5): field 'answers'"
                        + " answer questions off the path to advice 2: [V9]");
    }

    @Test
    void aDuplicateIdNamesBothPlaces() {
        assertThat(failure("duplicate-id.json"))
                .hasMessage("duplicate-id.json, profile 'shopping-cart' (line 34, column 5):"
                        + " duplicate id; first defined at line 3");
    }

    @Test
    void aMissingEnglishTextIsRejected() {
        assertThat(failure("missing-english-text.json"))
                .hasMessage("missing-english-text.json, profile 'shopping-cart' (line 3, column 5):"
                        + " field 'text.en' missing");
    }

    @Test
    void anEnglishTextWithoutConditionsIsRejected() {
        assertThat(failure("missing-english-condition.json"))
                .hasMessage("missing-english-condition.json, profile 'shopping-cart' (line 3, column 5):"
                        + " field 'text.en.conditions' needs 1 to 4 items, found 0");
    }

    @Test
    void aStatedExpectedAdviceMustMatchTheAdvisor() {
        assertThat(failure("wrong-expected-advice.json"))
                .hasMessage("wrong-expected-advice.json, profile 'shopping-cart' (line 3, column 5):"
                        + " field 'expectedAdvice' says 3 but the beslisboom gives advice 2 for answers"
                        + " V1=ja, V2=nee, V3=ja");
    }

    @Test
    void aMisspelledFieldIsRejected() {
        assertThat(failure("unknown-field.json"))
                .hasMessageStartingWith("unknown-field.json, profile 'shopping-cart' (line 3, column 5):"
                        + " field 'expectedAdvise' unknown field; allowed are [");
    }

    @Test
    void idsMustBeKebabCase() {
        assertThat(failure("not-kebab-case.json"))
                .hasMessage("not-kebab-case.json, profile 'Tawk.to' (line 3, column 5): field 'id'"
                        + " is not kebab-case (a-z, 0-9, single hyphens)");
    }

    @Test
    void kindsMustBeKnown() {
        assertThat(failure("unknown-kind.json"))
                .hasMessageStartingWith("unknown-kind.json, profile 'shopping-cart' (line 3, column 5):"
                        + " field 'kind' is not one of [analytics, heatmap, ab-testing,");
    }

    @Test
    void answersMustBeJaOrNee() {
        assertThat(failure("invalid-answer.json"))
                .hasMessageStartingWith("invalid-answer.json, profile 'shopping-cart' (line 3, column 5):"
                        + " field 'answers.V2' is invalid: ");
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        assertThat(failure("malformed.json").getMessage())
                .startsWith("malformed.json (line 5, column 7): malformed JSON: Unexpected character ('\"'");
    }

    @Test
    void everyVendorSourceMustBeCited() {
        assertThat(failure("vendor-source-not-cited.json"))
                .hasMessage("vendor-source-not-cited.json: vendor source 'vendor-load-balancing' is never cited");
    }

    @Test
    void vendorSourcesMayNotReuseALegalCitationId() {
        assertThat(failure("vendor-source-clashes-with-law.json"))
                .hasMessage("vendor-source-clashes-with-law.json (line 3, column 5): field 'id'"
                        + " 'wp29-194' is already a citation id in the law catalogue");
    }
}
