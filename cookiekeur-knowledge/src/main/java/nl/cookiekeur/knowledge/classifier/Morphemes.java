package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Known cookie-vocabulary morphemes found anywhere in a name (long ones as substrings, short ones only as
 * whole tokens so that {@code ga} does not fire inside {@code language}).
 */
final class Morphemes {
    private static final List<String> SUBSTRINGS = List.of(
            "sess",
            "csrf",
            "xsrf",
            "token",
            "auth",
            "login",
            "lang",
            "locale",
            "consent",
            "cookielaw",
            "gdpr",
            "cart",
            "basket",
            "checkout",
            "order",
            "currency",
            "utm",
            "fbp",
            "track",
            "visitor",
            "uid",
            "user",
            "pixel",
            "click",
            "campaign",
            "affiliate",
            "referr",
            "sync",
            "segment",
            "audience",
            "analytic",
            "stat",
            "hit",
            "pageview",
            "balanc",
            "route",
            "affinity",
            "captcha",
            "bot",
            "secure",
            "theme",
            "pref",
            "setting",
            "timezone",
            "font",
            "player",
            "volume",
            "chat",
            "ab",
            "test",
            "experiment",
            "optimi",
            "heatmap",
            "record",
            "visit",
            "metric",
            "measure",
            "survey",
            "poll",
            "return",
            "count",
            "seen",
            "geo",
            "variant",
            "bucket",
            "sample",
            "optout",
            "replay",
            "insight",
            "event",
            "page",
            "scroll",
            "uniq",
            "gclid",
            "retarget",
            "match",
            "partner",
            "impression",
            "conv",
            "notice",
            "banner",
            "accept",
            "privacy",
            "cookie");
    private static final Set<String> WHOLE_TOKENS = Set.of(
            "ga", "gid", "id", "ads", "ad", "lb", "srv", "node", "sid", "fp", "mp", "pk", "ref", "cid", "vid", "ck",
            "opt", "dc", "ab", "exp", "fbc", "gcl", "ts", "pv", "uu", "ses");

    private Morphemes() {}

    /** The known morphemes in the name, given its tokens. */
    static List<String> in(String name, List<String> tokens) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String morpheme : SUBSTRINGS) {
            if (morpheme.length() > 2 && lower.contains(morpheme)) {
                found.add(morpheme);
            }
        }
        for (String token : tokens) {
            if (WHOLE_TOKENS.contains(token)) {
                found.add(token);
            }
        }
        return found;
    }
}
