package nl.cookiekeur.knowledge.classifier;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the feature strings seen in training; features not seen in training are ignored later. */
final class FeatureVocabulary {
    private final Map<String, Integer> indices;

    private FeatureVocabulary(Map<String, Integer> indices) {
        this.indices = indices;
    }

    /** A vocabulary of every feature that occurs at least {@code minCount} times in the examples. */
    static FeatureVocabulary of(Collection<List<String>> examples, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> features : examples) {
            for (String feature : features) {
                counts.merge(feature, 1, Integer::sum);
            }
        }
        Map<String, Integer> indices = new HashMap<>();
        counts.keySet().stream()
                .filter(feature -> counts.getOrDefault(feature, 0) >= minCount)
                .sorted()
                .forEach(feature -> indices.put(feature, indices.size()));
        return new FeatureVocabulary(indices);
    }

    /** A vocabulary of the given distinct features, numbered in list order, such as one read from a model file. */
    static FeatureVocabulary ofOrdered(List<String> features) {
        Map<String, Integer> indices = HashMap.newHashMap(features.size());
        for (String feature : features) {
            if (indices.putIfAbsent(feature, indices.size()) != null) {
                throw new IllegalArgumentException("duplicate feature " + feature);
            }
        }
        return new FeatureVocabulary(indices);
    }

    /** The features in index order. */
    List<String> features() {
        String[] ordered = new String[indices.size()];
        indices.forEach((feature, index) -> ordered[index] = feature);
        return List.of(ordered);
    }

    /** The indices of the known features among the given ones, without duplicates. */
    int[] encode(List<String> features) {
        return features.stream()
                .map(indices::get)
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .distinct()
                .toArray();
    }

    int size() {
        return indices.size();
    }
}
