package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits examples by vendor group, so that no platform is in more than one part: the model is always
 * judged on vendors it never saw.
 *
 * @param <T> the kind of example
 * @param training the examples to learn from
 * @param validation the examples to calibrate on
 * @param test the examples to evaluate on
 */
record GroupedSplit<T>(List<T> training, List<T> validation, List<T> test) {

    /** Splits by group with the given fractions of groups for validation and test, shuffled by the seed. */
    static <T> GroupedSplit<T> of(
            List<T> examples, Function<T, String> group, double validationShare, double testShare, long seed) {
        Set<String> groups = new TreeSet<>();
        examples.forEach(e -> groups.add(group.apply(e)));
        List<String> order = new ArrayList<>(groups);
        Collections.shuffle(order, new Random(seed));
        int validationEnd = (int) Math.round(order.size() * validationShare);
        int testEnd = validationEnd + (int) Math.round(order.size() * testShare);
        Map<String, Integer> part = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            part.put(order.get(i), i < validationEnd ? 1 : i < testEnd ? 2 : 0);
        }
        List<T> training = new ArrayList<>();
        List<T> validation = new ArrayList<>();
        List<T> test = new ArrayList<>();
        for (T example : examples) {
            switch (part.getOrDefault(group.apply(example), 0)) {
                case 1 -> validation.add(example);
                case 2 -> test.add(example);
                default -> training.add(example);
            }
        }
        return new GroupedSplit<>(List.copyOf(training), List.copyOf(validation), List.copyOf(test));
    }
}
