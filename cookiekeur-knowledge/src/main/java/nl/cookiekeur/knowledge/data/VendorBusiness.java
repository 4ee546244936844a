package nl.cookiekeur.knowledge.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;

/**
 * The rule that a cookie of a company whose business is advertising, analytics, social media or cross-site
 * video is never strictly necessary (nor a mere preference): such a cookie serves that company's business,
 * whatever a data source calls it (WP194: a cookie is exempt only if all its purposes are; EDPB cookie banner
 * taskforce §§26–29). Applied to upstream entries when the knowledge is built, and by the classifier to
 * third-party cookies at run time.
 */
public final class VendorBusiness {
    private final Map<String, Tracker> byDomain = new HashMap<>();
    private final Map<String, Tracker> byName = new HashMap<>();

    /** An index of the business trackers among {@code trackers}, by domain and by normalised name and id. */
    public VendorBusiness(List<Tracker> trackers) {
        for (Tracker tracker : trackers) {
            if (category(tracker.kind()).isPresent()) {
                byDomain.putIfAbsent(tracker.domain(), tracker);
                byName.putIfAbsent(normalised(tracker.name()), tracker);
            }
        }
    }

    /**
     * The category a tracker kind's business implies for every cookie of it: marketing for advertising,
     * social media and video players, analytics for site analytics; empty for every other kind.
     */
    public static Optional<Category> category(TrackerKind kind) {
        return switch (kind) {
            case ADVERTISING, SOCIAL_MEDIA, AUDIO_VIDEO_PLAYER -> Optional.of(Category.MARKETING);
            case SITE_ANALYTICS -> Optional.of(Category.ANALYTICS);
            default -> Optional.empty();
        };
    }

    /** Whether a classification in this category claims an exemption the vendor's business rules out. */
    public static boolean claimsExemption(Category category) {
        return category == Category.NECESSARY || category == Category.PREFERENCES;
    }

    /**
     * The legal category of a cookie a source or entry calls {@code stated}, when it is a third-party cookie on
     * the domain of {@code hostTracker}: the business's category if the statement claims an exemption and the
     * tracker's business rules it out, else {@code stated}. The same judgement the classifier applies at run
     * time, so that evaluations measure against the categories the product applies.
     */
    public static Category ofThirdParty(Category stated, Optional<Tracker> hostTracker) {
        if (!claimsExemption(stated)) {
            return stated;
        }
        return hostTracker.flatMap(t -> category(t.kind())).orElse(stated);
    }

    /**
     * The entries with the rule applied: an upstream entry called necessary or preferences whose platform is a
     * business tracker's gets that tracker's category. Our own curated rows are kept as they are.
     */
    public List<KnowledgeEntry> judge(List<KnowledgeEntry> entries) {
        List<KnowledgeEntry> judged = new ArrayList<>(entries.size());
        for (KnowledgeEntry entry : entries) {
            Optional<Tracker> vendor =
                    entry.source().equals(CuratedCookies.SOURCE_ID) || !claimsExemption(entry.category())
                            ? Optional.empty()
                            : vendorOf(entry);
            judged.add(vendor.map(t -> withCategory(entry, category(t.kind()).orElseThrow()))
                    .orElse(entry));
        }
        return List.copyOf(judged);
    }

    /**
     * The business tracker an entry belongs to, by its platform name (or a part of it, such as DoubleClick in
     * "DoubleClick/Google Marketing"). Not by the entry's domain: a platform such as a shop system names its
     * own domain for cookies that live on the shop's site.
     */
    Optional<Tracker> vendorOf(KnowledgeEntry entry) {
        for (String part : entry.platform().split("[/,()]")) {
            Tracker tracker = byName.get(normalised(part));
            if (tracker != null) {
                return Optional.of(tracker);
            }
        }
        return Optional.empty();
    }

    /** The business tracker of a host or one of its parent domains. */
    Optional<Tracker> forHost(String host) {
        String candidate = host.toLowerCase(Locale.ROOT);
        while (candidate.startsWith(".")) {
            candidate = candidate.substring(1);
        }
        while (!candidate.isEmpty()) {
            Tracker tracker = byDomain.get(candidate);
            if (tracker != null) {
                return Optional.of(tracker);
            }
            int dot = candidate.indexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(dot + 1);
        }
        return Optional.empty();
    }

    private static KnowledgeEntry withCategory(KnowledgeEntry entry, Category category) {
        return new KnowledgeEntry(
                entry.id(),
                entry.source(),
                entry.name(),
                entry.wildcard(),
                entry.domains(),
                entry.platform(),
                category,
                entry.retention(),
                entry.controller(),
                entry.privacyUrl(),
                entry.description(),
                entry.replaces(),
                entry.sourceLabel());
    }

    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
