package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cookie.Cookie;

/**
 * The features of an observed cookie, as short strings: name tokens, morphemes and their concepts, character
 * trigrams and patterns, lifetime, value shape and entropy, party, flags and the tracker kind of its domain.
 */
final class CookieFeatures {
    private CookieFeatures() {}

    /** Every feature of the cookie in its context. */
    static List<String> of(CookieContext context) {
        Cookie cookie = context.cookie();
        List<String> features = new ArrayList<>();
        name(cookie.name(), features);
        Lifetime lifetime = cookie.session() ? Lifetime.SESSION : Lifetime.of(cookie.expiresInSeconds());
        String party = context.thirdParty() ? "third" : "first";
        features.add("life:" + lifetime);
        features.add("party:" + party);
        features.add("party-life:" + party + "-" + lifetime);
        value(cookie.value(), features);
        features.add("http-only:" + cookie.httpOnly());
        features.add("secure:" + cookie.secure());
        features.add("host-only:" + cookie.hostOnly());
        features.add("same-site:" + cookie.sameSite());
        Tracker tracker = context.tracker();
        features.add("tracker:" + (tracker == null ? "none" : tracker.kind()));
        return features;
    }

    private static void name(String name, List<String> features) {
        List<String> tokens = NameTokens.of(name);
        for (String token : tokens) {
            features.add("token:" + token);
        }
        if (!tokens.isEmpty()) {
            features.add("first-token:" + tokens.get(0));
        }
        List<String> morphemes = Morphemes.in(name, tokens);
        for (String morpheme : morphemes) {
            features.add("morpheme:" + morpheme);
        }
        for (String concept : NameConcepts.of(morphemes)) {
            features.add("concept:" + concept);
        }
        for (String shape : NameShape.of(name)) {
            features.add("name-shape:" + shape);
        }
        String letters = "^" + String.join("_", tokens) + "$";
        for (int i = 0; i + 3 <= letters.length(); i++) {
            features.add("trigram:" + letters.substring(i, i + 3).toLowerCase(Locale.ROOT));
        }
    }

    private static void value(String value, List<String> features) {
        features.add("value:" + ValueShape.of(value));
        double entropy = ValueShape.entropy(value);
        String bucket = entropy == 0 ? "none" : entropy < 2 ? "low" : entropy < 3.5 ? "medium" : "high";
        features.add("entropy:" + bucket);
        int length = value.length();
        features.add("value-length:" + (length == 0 ? "0" : length <= 8 ? "short" : length <= 32 ? "medium" : "long"));
    }
}
