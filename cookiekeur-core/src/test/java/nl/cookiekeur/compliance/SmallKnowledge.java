package nl.cookiekeur.compliance;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.Evidence;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.classification.KnowledgeStats;
import nl.cookiekeur.classification.MatchKind;
import nl.cookiekeur.classification.Retention;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.site.RegistrableDomain;
import org.jspecify.annotations.Nullable;

/**
 * A small real knowledge base for core tests (the shipped one lives in an adapter module): a handful of
 * well-known cookies and tracker domains, matched by exact name or longest wildcard prefix, and a classifier
 * that uses it first and falls back to a fixed table of "predicted" names.
 */
final class SmallKnowledge implements KnowledgeBase, CookieClassifier {
    private final List<KnowledgeEntry> entries = List.of(
            entry("_ga", false, "Google Analytics", Category.ANALYTICS, Duration.ofDays(730)),
            entry("_ga_", true, "Google Analytics", Category.ANALYTICS, Duration.ofDays(730)),
            entry("_gid", false, "Google Analytics", Category.ANALYTICS, Duration.ofDays(1)),
            entry("_fbp", false, "Meta Pixel", Category.MARKETING, Duration.ofDays(90)),
            entry("_gcl_au", false, "Google Ads", Category.MARKETING, Duration.ofDays(90)),
            entry("_gcl_aw", false, "Google Ads", Category.MARKETING, Duration.ofDays(90)),
            entry("IDE", false, "DoubleClick", Category.MARKETING, Duration.ofDays(390)),
            entry("_hjSessionUser_", true, "Hotjar", Category.ANALYTICS, Duration.ofDays(365)),
            entry("_clck", false, "Microsoft Clarity", Category.ANALYTICS, Duration.ofDays(365)),
            entry("_pk_id.", true, "Matomo", Category.ANALYTICS, Duration.ofDays(393)),
            entry("_pk_ses.", true, "Matomo", Category.ANALYTICS, Duration.ofMinutes(30)),
            entry("PHPSESSID", false, "PHP", Category.NECESSARY, null),
            entry("cc_cookie", false, "CookieConsent", Category.NECESSARY, Duration.ofDays(182)),
            entry("CookieConsent", false, "Cookiebot", Category.NECESSARY, Duration.ofDays(365)),
            entry("lang", false, "", Category.PREFERENCES, null),
            entry("ajs_anonymous_id", false, "Segment", Category.ANALYTICS, null),
            entry("_li_id", false, "Leadinfo", Category.MARKETING, Duration.ofDays(730)),
            entry("intercom-id-", true, "Intercom", Category.PREFERENCES, Duration.ofDays(270)),
            entry("VISITOR_INFO1_LIVE", false, "YouTube", Category.MARKETING, Duration.ofDays(180)),
            entry("mp_", true, "Mixpanel", Category.ANALYTICS, Duration.ofDays(365)),
            entry("ph_", true, "PostHog", Category.ANALYTICS, Duration.ofDays(365)));
    private final List<Tracker> trackers = List.of(
            tracker("google-analytics.com", "google_analytics", "Google Analytics", TrackerKind.SITE_ANALYTICS),
            tracker("googletagmanager.com", "google_tag_manager", "Google Tag Manager", TrackerKind.ADVERTISING),
            tracker("doubleclick.net", "doubleclick", "DoubleClick", TrackerKind.ADVERTISING),
            tracker("facebook.net", "facebook", "Facebook", TrackerKind.ADVERTISING),
            tracker("facebook.com", "facebook", "Facebook", TrackerKind.SOCIAL_MEDIA),
            tracker("hotjar.com", "hotjar", "Hotjar", TrackerKind.SITE_ANALYTICS),
            tracker("clarity.ms", "microsoft_clarity", "Microsoft Clarity", TrackerKind.SITE_ANALYTICS),
            tracker("cookiefirst.com", "cookiefirst", "CookieFirst", TrackerKind.CONSENT),
            tracker("plausible.io", "plausible", "Plausible", TrackerKind.SITE_ANALYTICS),
            tracker("leadinfo.net", "leadinfo", "Leadinfo", TrackerKind.ADVERTISING),
            tracker("youtube.com", "youtube", "YouTube", TrackerKind.AUDIO_VIDEO_PLAYER),
            tracker("youtube-nocookie.com", "youtube", "YouTube", TrackerKind.AUDIO_VIDEO_PLAYER),
            tracker("jsdelivr.net", "jsdelivr", "jsDelivr", TrackerKind.CDN),
            tracker("hcaptcha.com", "hcaptcha", "hCaptcha", TrackerKind.ESSENTIAL),
            tracker("google.com", "google", "Google", TrackerKind.ADVERTISING),
            tracker("intercom.io", "intercom", "Intercom", TrackerKind.CUSTOMER_INTERACTION),
            tracker("mixpanel.com", "mixpanel", "Mixpanel", TrackerKind.SITE_ANALYTICS),
            tracker("posthog.com", "posthog", "PostHog", TrackerKind.SITE_ANALYTICS));
    private final Map<String, Category> predicted =
            Map.of("trk_visitor", Category.MARKETING, "stats_uid", Category.ANALYTICS);

    @Override
    public CookieLookup lookup(CookieQuery query) {
        List<KnowledgeEntry> exact = entries.stream()
                .filter(e -> !e.wildcard() && e.name().equals(query.name()))
                .toList();
        if (!exact.isEmpty()) {
            return new CookieLookup.Identified(new CookieMatch(exact.get(0), MatchKind.EXACT, Evidence.NONE));
        }
        Optional<KnowledgeEntry> prefix = entries.stream()
                .filter(e -> e.wildcard() && query.name().startsWith(e.name()))
                .max(Comparator.comparingInt(e -> e.name().length()));
        return prefix.<CookieLookup>map(
                        e -> new CookieLookup.Identified(new CookieMatch(e, MatchKind.WILDCARD_PREFIX, Evidence.NONE)))
                .orElseGet(() -> new CookieLookup.Unidentified(List.of()));
    }

    @Override
    public Optional<Tracker> trackerForHost(String host) {
        String candidate = host.toLowerCase(Locale.ROOT);
        while (!candidate.isEmpty()) {
            String current = candidate;
            Optional<Tracker> found =
                    trackers.stream().filter(t -> t.domain().equals(current)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            int dot = candidate.indexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(dot + 1);
        }
        return Optional.empty();
    }

    @Override
    public List<KnowledgeEntry> entries() {
        return entries;
    }

    @Override
    public List<KnowledgeSource> sources() {
        return List.of(new KnowledgeSource(
                "test", "Test", "CC0-1.0", "test", "https://example.org", "1", entries.size(), trackers.size()));
    }

    @Override
    public KnowledgeStats stats() {
        return new KnowledgeStats(Map.of("test", entries.size()), Map.of(), 0, 0, 0, trackers.size(), Duration.ZERO);
    }

    @Override
    public Classification classify(Cookie cookie) {
        String site = cookie.site().getHost() == null ? "" : cookie.site().getHost();
        boolean thirdParty = !RegistrableDomain.sameSite(cookie.domain(), site);
        if (lookup(CookieQuery.of(cookie)) instanceof CookieLookup.Identified identified) {
            KnowledgeEntry entry = identified.match().entry();
            return new Classification(
                    entry.category(), 1, entry.platform().isEmpty() ? null : entry.platform(), entry.id(), thirdParty);
        }
        Category guess = predicted.get(cookie.name());
        if (guess != null) {
            return new Classification(guess, 0.7, null, Classification.PREDICTED, thirdParty);
        }
        return new Classification(Category.UNKNOWN, 0.3, null, Classification.PREDICTED, thirdParty);
    }

    private static KnowledgeEntry entry(
            String name, boolean wildcard, String platform, Category category, @Nullable Duration retention) {
        Retention kept = retention == null ? new Retention.Session() : new Retention.Fixed(retention);
        return new KnowledgeEntry(
                "test-" + name, "test", name, wildcard, List.of(), platform, category, kept, "", null, "", null);
    }

    private static Tracker tracker(String domain, String id, String name, TrackerKind kind) {
        return new Tracker(domain, id, name, kind, null, null, "test");
    }
}
