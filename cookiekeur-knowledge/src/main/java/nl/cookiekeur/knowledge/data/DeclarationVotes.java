package nl.cookiekeur.knowledge.data;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.classification.Category;

/**
 * How many distinct sites declared a cookie as each category.
 *
 * @param bySites sites per declared category
 */
public record DeclarationVotes(Map<Category, Integer> bySites) {
    public DeclarationVotes {
        bySites = Map.copyOf(bySites);
        if (bySites.isEmpty()) {
            throw new IllegalArgumentException("no votes");
        }
    }

    static DeclarationVotes of(Map<Category, Set<String>> sitesByCategory) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        sitesByCategory.forEach((category, sites) -> counts.put(category, sites.size()));
        return new DeclarationVotes(counts);
    }

    /** All votes. */
    public int total() {
        return bySites.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The category most sites declared; on a tie the one that asks most of the site (marketing first). */
    public Category majority() {
        Category best = Category.UNKNOWN;
        int bestVotes = 0;
        for (Category category :
                new Category[] {Category.MARKETING, Category.ANALYTICS, Category.PREFERENCES, Category.NECESSARY}) {
            int votes = bySites.getOrDefault(category, 0);
            if (votes > bestVotes) {
                best = category;
                bestVotes = votes;
            }
        }
        return best;
    }

    /** The majority's votes. */
    public int majorityVotes() {
        return bySites.getOrDefault(majority(), 0);
    }

    /** The majority's share of all votes (0–1). */
    public double share() {
        return (double) majorityVotes() / total();
    }
}
