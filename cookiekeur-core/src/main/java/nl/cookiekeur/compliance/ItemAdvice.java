package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Objects;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.law.AdviceNumber;
import org.jspecify.annotations.Nullable;

/**
 * What one observed cookie, storage entry or tracker host is, and what the beslisboom says about it.
 *
 * @param kind cookie, storage entry or tracker
 * @param name the cookie name, storage key or tracker host (untrusted)
 * @param where the cookie domain, storage origin or the request's registrable domain (untrusted)
 * @param phases the phases it was observed in
 * @param category its category
 * @param confidence the classification's confidence (0–1)
 * @param vendor the vendor when known
 * @param thirdParty whether it belongs to another registrable domain than the site
 * @param advice the beslisboom advice
 * @param consentRequired whether prior consent is required
 * @param reason why, in plain words
 * @param retention its lifetime in plain words ("sessie", "13 maanden", …), empty for trackers
 * @param source the knowledge entry that identified it, or {@code classifier} when predicted
 */
public record ItemAdvice(
        ItemKind kind,
        String name,
        String where,
        List<Phase> phases,
        Category category,
        double confidence,
        @Nullable String vendor,
        boolean thirdParty,
        AdviceNumber advice,
        boolean consentRequired,
        LocalizedText reason,
        LocalizedText retention,
        String source) {

    public ItemAdvice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(where, "where");
        phases = List.copyOf(phases);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(source, "source");
    }
}
