package nl.cookiekeur.reporting.view;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;

/**
 * What one phase of the scan showed, sorted so every report is deterministic.
 *
 * @param phase the phase
 * @param ran whether the scan ran it
 * @param visits the pages visited, in order
 * @param cookies the cookies by name, domain and path
 * @param storage the storage entries by origin, key and area
 * @param hosts the third-party hosts by name
 * @param fingerprinting the fingerprinting attempts by technique and script
 * @param banners the banner observations, in page order
 * @param choice how the phase's choice was made, empty for the initial phase or when not recorded
 */
public record PhaseView(
        Phase phase,
        boolean ran,
        List<PageVisit> visits,
        List<CookieRow> cookies,
        List<StorageRow> storage,
        List<HostRow> hosts,
        List<FingerprintCall> fingerprinting,
        List<BannerObservation> banners,
        Optional<ConsentChoice> choice) {
    public PhaseView {
        visits = List.copyOf(visits);
        cookies = List.copyOf(cookies);
        storage = List.copyOf(storage);
        hosts = List.copyOf(hosts);
        fingerprinting = List.copyOf(fingerprinting);
        banners = List.copyOf(banners);
    }

    /** The fingerprinting techniques seen, in their natural order. */
    public SortedSet<FingerprintTechnique> techniques() {
        TreeSet<FingerprintTechnique> techniques = new TreeSet<>();
        fingerprinting.forEach(f -> techniques.add(f.technique()));
        return techniques;
    }

    /** The number of cookies and storage entries per category (every category present, zero when none). */
    public Map<Category, Integer> itemsPerCategory() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, 0);
        }
        cookies.forEach(c -> counts.merge(c.category(), 1, Integer::sum));
        storage.forEach(s -> counts.merge(s.category(), 1, Integer::sum));
        return counts;
    }

    /** The number of cookies and storage entries that need consent according to their advice. */
    public long consentRequiredItems() {
        return cookies.stream().filter(c -> c.consentRequired().orElse(false)).count()
                + storage.stream()
                        .filter(s -> s.consentRequired().orElse(false))
                        .count();
    }
}
