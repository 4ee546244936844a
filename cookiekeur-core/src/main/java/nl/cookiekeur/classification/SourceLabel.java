package nl.cookiekeur.classification;

import java.util.Locale;
import java.util.Objects;

/**
 * What a data source itself calls a cookie, quoted as evidence next to our own judgement.
 *
 * @param source the source's name, such as "Open Cookie Database"
 * @param label the source's category in its own words, such as "Functional"
 */
public record SourceLabel(String source, String label) {
    public SourceLabel {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(label, "label");
    }

    /** Whether the source's word differs from our category (then it is worth showing). */
    public boolean differsFrom(Category category) {
        return !label.strip().toLowerCase(Locale.ROOT).equals(category.id());
    }
}
