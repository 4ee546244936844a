package nl.cookiekeur.knowledge.classifier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups cookie-vocabulary morphemes into the purposes vendors name them after (session, visitor id,
 * visit time, consent, A/B test, advertising, preference, security, load balancing, cart, measurement),
 * so that a vendor's own spelling ({@code sid}, {@code sess}, {@code session}) teaches one shared feature.
 */
final class NameConcepts {
    private static final Map<String, List<String>> CONCEPTS = Map.ofEntries(
            Map.entry("session", List.of("sess", "ses", "sid")),
            Map.entry("visitor-id", List.of("uid", "vid", "visitor", "user", "uniq", "cid", "fp")),
            Map.entry("visit-time", List.of("visit", "seen", "return", "ts", "count")),
            Map.entry(
                    "consent",
                    List.of("consent", "cookielaw", "gdpr", "notice", "banner", "accept", "privacy", "optout", "opt")),
            Map.entry(
                    "experiment", List.of("ab", "exp", "experiment", "variant", "test", "bucket", "optimi", "sample")),
            Map.entry(
                    "advertising",
                    List.of(
                            "ad",
                            "ads",
                            "gcl",
                            "gclid",
                            "fbc",
                            "fbp",
                            "utm",
                            "campaign",
                            "click",
                            "affiliate",
                            "pixel",
                            "retarget",
                            "sync",
                            "match",
                            "partner",
                            "audience",
                            "segment",
                            "impression",
                            "conv",
                            "dc")),
            Map.entry(
                    "preference",
                    List.of(
                            "lang",
                            "locale",
                            "currency",
                            "theme",
                            "timezone",
                            "font",
                            "pref",
                            "setting",
                            "volume",
                            "player")),
            Map.entry("security", List.of("csrf", "xsrf", "token", "auth", "login", "captcha", "bot", "secure")),
            Map.entry("load-balancing", List.of("lb", "balanc", "route", "affinity", "srv", "node")),
            Map.entry("cart", List.of("cart", "basket", "checkout", "order")),
            Map.entry(
                    "measurement",
                    List.of(
                            "stat",
                            "hit",
                            "pageview",
                            "pv",
                            "analytic",
                            "metric",
                            "measure",
                            "heatmap",
                            "record",
                            "replay",
                            "scroll",
                            "survey",
                            "poll",
                            "insight",
                            "event",
                            "page",
                            "ga",
                            "gid",
                            "pk",
                            "mp",
                            "referr")));

    /** The concepts that state a purpose strictly needed for the site or the user's own choice. */
    static final Set<String> NECESSARY_PURPOSES = Set.of("security", "cart", "load-balancing", "consent");

    private NameConcepts() {}

    /** Whether the name contains a morpheme of a {@linkplain #NECESSARY_PURPOSES necessary purpose}. */
    static boolean statesNecessaryPurpose(String name) {
        Set<String> concepts = of(Morphemes.in(name, NameTokens.of(name)));
        return NECESSARY_PURPOSES.stream().anyMatch(concepts::contains);
    }

    /** Every morpheme that belongs to a concept. */
    static Set<String> members() {
        Set<String> members = new TreeSet<>();
        CONCEPTS.values().forEach(members::addAll);
        return members;
    }

    /** The concepts of the given morphemes, in a stable order. */
    static Set<String> of(List<String> morphemes) {
        Set<String> concepts = new TreeSet<>();
        CONCEPTS.forEach((concept, members) -> {
            for (String morpheme : morphemes) {
                if (members.contains(morpheme)) {
                    concepts.add(concept);
                }
            }
        });
        return concepts;
    }
}
