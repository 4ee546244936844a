package nl.cookiekeur.knowledge.classifier;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Retention;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import org.jspecify.annotations.Nullable;

/**
 * Generates real-looking observed cookies from knowledge entries with a fixed seed: wildcard names get
 * realistic suffixes, first-party entries live on a made-up site, lifetimes follow the retention and
 * values and flags follow the name and party only, never the category.
 */
public final class ObservedCookieGenerator {
    private static final long YEAR = Duration.ofDays(365).toSeconds();
    private static final List<String> SENSITIVE = List.of("sess", "csrf", "xsrf", "token", "auth", "login");

    private final Random random;
    private final List<String> sites;

    public ObservedCookieGenerator(long seed) {
        this.random = new Random(seed);
        this.sites = SyntheticSites.hosts(120);
    }

    /** {@code perEntry} observations of every entry with a known category, entry by entry. */
    public List<ObservedCookie> generate(List<KnowledgeEntry> entries, int perEntry) {
        List<ObservedCookie> observed = new ArrayList<>();
        for (KnowledgeEntry entry : entries) {
            if (entry.category() == Category.UNKNOWN) {
                continue;
            }
            for (int i = 0; i < perEntry; i++) {
                observed.add(new ObservedCookie(observe(entry), entry));
            }
        }
        return observed;
    }

    /** One observation of the entry on a random site. */
    public Cookie observe(KnowledgeEntry entry) {
        String siteHost = sites.get(random.nextInt(sites.size()));
        String name = entry.wildcard() ? instantiate(entry.name()) : entry.name();
        boolean thirdParty = !entry.firstParty();
        String domain = thirdParty
                ? "." + entry.domains().get(random.nextInt(entry.domains().size()))
                : random.nextInt(5) < 2 ? siteHost : siteHost.substring(siteHost.indexOf('.'));
        Long expires = expiresInSeconds(entry.retention());
        boolean sensitive = SENSITIVE.stream().anyMatch(name.toLowerCase(Locale.ROOT)::contains);
        boolean httpOnly = random.nextInt(100) < (sensitive ? 80 : thirdParty ? 40 : 15);
        boolean secure = thirdParty || random.nextInt(100) < 70;
        return new Cookie(
                name,
                domain,
                "/",
                CookieValues.forName(name, random),
                expires,
                expires == null,
                httpOnly,
                !domain.startsWith("."),
                secure,
                thirdParty ? sameSiteOfThirdParty() : sameSiteOfFirstParty(),
                URI.create("https://" + siteHost + "/"),
                null);
    }

    private String instantiate(String prefix) {
        if (prefix.equals("_ga_")) {
            return prefix + measurementId();
        }
        String separator = prefix.endsWith("_") || prefix.endsWith("-") || prefix.endsWith(".") ? "" : "_";
        return prefix
                + separator
                + switch (Math.floorMod(prefix.hashCode(), 4)) {
                    case 0 -> Integer.toString(100_000 + random.nextInt(9_000_000));
                    case 1 -> hex(8);
                    case 2 -> measurementId();
                    default -> hex(4) + "-" + hex(4);
                };
    }

    private String measurementId() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private String hex(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    private @Nullable Long expiresInSeconds(Retention retention) {
        return switch (retention) {
            case Retention.Session session -> null;
            case Retention.Fixed fixed -> {
                long seconds = fixed.duration().toSeconds();
                yield seconds <= 0 ? null : Math.max(1, (long) (seconds * (0.6 + 0.4 * random.nextDouble())));
            }
            case Retention.Persistent persistent -> (2 + random.nextInt(8)) * YEAR;
            case Retention.Unknown unknown ->
                switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> 30L * 24 * 3600;
                    case 2 -> YEAR;
                    default -> 2 * YEAR;
                };
        };
    }

    private SameSite sameSiteOfThirdParty() {
        return random.nextInt(10) < 9 ? SameSite.NONE : SameSite.UNSPECIFIED;
    }

    private SameSite sameSiteOfFirstParty() {
        int roll = random.nextInt(20);
        return roll < 10 ? SameSite.LAX : roll < 17 ? SameSite.UNSPECIFIED : SameSite.STRICT;
    }
}
