package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupedSplitTest {
    private record Item(int id, String vendor) {}

    private static final List<Item> ITEMS = IntStream.range(0, 500)
            .mapToObj(i -> new Item(i, "vendor-" + (i % 37)))
            .toList();

    @Test
    void noVendorIsInMoreThanOnePart() {
        GroupedSplit<Item> split = GroupedSplit.of(ITEMS, Item::vendor, 0.15, 0.25, 42);

        Set<String> training = vendors(split.training());
        Set<String> validation = vendors(split.validation());
        Set<String> test = vendors(split.test());
        assertThat(training).doesNotContainAnyElementsOf(test).doesNotContainAnyElementsOf(validation);
        assertThat(validation).doesNotContainAnyElementsOf(test);
        assertThat(test).isNotEmpty();
        assertThat(validation).isNotEmpty();
    }

    @Test
    void everyItemLandsInExactlyOnePart() {
        GroupedSplit<Item> split = GroupedSplit.of(ITEMS, Item::vendor, 0.15, 0.25, 42);

        assertThat(split.training().size()
                        + split.validation().size()
                        + split.test().size())
                .isEqualTo(ITEMS.size());
    }

    @Test
    void theSameSeedGivesTheSameSplit() {
        assertThat(GroupedSplit.of(ITEMS, Item::vendor, 0.15, 0.25, 7))
                .isEqualTo(GroupedSplit.of(ITEMS, Item::vendor, 0.15, 0.25, 7));
    }

    private static Set<String> vendors(List<Item> items) {
        Set<String> vendors = new HashSet<>();
        items.forEach(i -> vendors.add(i.vendor()));
        return vendors;
    }
}
