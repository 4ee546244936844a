package nl.cookiekeur.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolCatalogueTest {
    private final ToolProfile cart = Profiles.profile("shopping-cart", "V1=ja V2=nee V3=ja");
    private final ToolProfile balancer = Profiles.profile("load-balancer", "V1=ja V2=ja");
    private final ToolCatalogue catalogue = ToolCatalogue.of(List.of(cart, balancer));

    @Test
    void findsProfilesByIdIgnoringCaseAndBlanks() {
        assertThat(catalogue.find("shopping-cart")).contains(cart);
        assertThat(catalogue.find(" Load-Balancer ")).contains(balancer);
        assertThat(catalogue.find("hotjar")).isEmpty();
    }

    @Test
    void keepsCatalogueOrder() {
        assertThat(catalogue.all()).containsExactly(cart, balancer);
        assertThat(catalogue.ids()).containsExactly("shopping-cart", "load-balancer");
        assertThat(catalogue.ofKind(ToolKind.NECESSARY)).containsExactly(cart, balancer);
        assertThat(catalogue.ofKind(ToolKind.HEATMAP)).isEmpty();
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ToolCatalogue.of(List.of(cart, cart)))
                .withMessage("duplicate tool profile id shopping-cart");
    }

    @Test
    void kindsParseFromTheirStableIds() {
        assertThat(ToolKind.fromId("AB-Testing")).contains(ToolKind.AB_TESTING);
        assertThat(ToolKind.fromId("heatmap")).contains(ToolKind.HEATMAP);
        assertThat(ToolKind.fromId("tracking")).isEmpty();
    }
}
