package nl.cookiekeur.cli.knowledge;

import java.util.Locale;
import java.util.Optional;
import nl.cookiekeur.classification.Category;

/**
 * Reads an expected category as labelled data writes it: our ids, the names consent banners use
 * (functional, statistics, advertising, …) and CookieBlock's numeric labels (0 necessary, 1 functional,
 * 2 analytics, 3 advertising).
 */
final class LabelNames {
    private LabelNames() {}

    static Optional<Category> category(String text) {
        String label = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Category.fromId(label)
                .or(() -> Optional.ofNullable(
                        switch (label) {
                            case "0", "strictly necessary", "essential", "noodzakelijk" -> Category.NECESSARY;
                            case "1", "functional", "functionality", "preference", "voorkeuren", "functioneel" ->
                                Category.PREFERENCES;
                            case "2", "statistics", "performance", "statistiek", "analytisch" -> Category.ANALYTICS;
                            case "3", "advertising", "targeting", "advertenties" -> Category.MARKETING;
                            default -> null;
                        }));
    }
}
