package nl.cookiekeur.benchmark;

import java.net.URI;
import java.util.List;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.classifier.ObservedCookie;
import nl.cookiekeur.knowledge.classifier.ObservedCookieSample;

/** Fixed sets of observed cookies the benchmarks work through, drawn with a fixed seed. */
final class BenchmarkCookies {
    /** Power of two so that the index can be masked. */
    static final int SIZE = 1024;

    private BenchmarkCookies() {}

    /** Observations of known entries, as a site would report them. */
    static Cookie[] known(List<KnowledgeEntry> entries) {
        List<ObservedCookie> sample = ObservedCookieSample.draw(entries, SIZE, 97L);
        return sample.stream().map(ObservedCookie::cookie).toArray(Cookie[]::new);
    }

    /** First-party cookies with made-up names that no knowledge base knows. */
    static Cookie[] unknown() {
        Cookie[] cookies = new Cookie[SIZE];
        URI site = URI.create("https://www.bakkerij-jansen.nl/");
        String[] stems = {"bj_session", "winkelmand", "klant_voorkeur", "promo_banner", "meting_id", "bz_track"};
        for (int i = 0; i < SIZE; i++) {
            cookies[i] = Cookie.of(stems[i % stems.length] + "_" + Integer.toHexString(i * 7919), site)
                    .withDomain(".bakkerij-jansen.nl");
        }
        return cookies;
    }
}
