package nl.cookiekeur.knowledge.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * What real sites declared their cookies to be for in their own consent banners (the fitted part of the
 * CookieBlock sample, MIT): a vote per distinct site for each cookie, keyed by name and, for a third-party
 * cookie, the registrable domain it lives on. Evidence, never a verdict on its own.
 */
public final class SiteDeclarations {
    /** The source id of classifications that follow a declaration majority. */
    public static final String SOURCE_ID = Classification.DECLARED;
    /** The classpath resource of the shipped rows. */
    public static final String RESOURCE = "/nl/cookiekeur/knowledge/data/cookieblock/fitted-declarations.csv";

    static final List<String> HEADER = List.of(
            "name",
            "domain",
            "path",
            "first_party_domain",
            "label_name",
            "last_value",
            "last_expiry_seconds",
            "session",
            "http_only",
            "host_only",
            "secure",
            "same_site");

    private final List<DeclaredCookie> rows;
    private final Map<String, DeclarationVotes> votes;

    private SiteDeclarations(List<DeclaredCookie> rows) {
        this.rows = List.copyOf(rows);
        Map<String, Map<Category, Set<String>>> sitesByKey = new HashMap<>();
        for (DeclaredCookie row : rows) {
            String site = siteHost(row.cookie());
            sitesByKey
                    .computeIfAbsent(key(row.cookie()), k -> new HashMap<>())
                    .computeIfAbsent(row.declared(), c -> new HashSet<>())
                    .add(site);
        }
        Map<String, DeclarationVotes> counted = new HashMap<>();
        sitesByKey.forEach((key, byCategory) -> counted.put(key, DeclarationVotes.of(byCategory)));
        this.votes = Map.copyOf(counted);
    }

    /** The shipped declarations; a malformed row fails with a {@link DataFileException} naming file and line. */
    public static SiteDeclarations load() {
        try (Reader reader = DataFile.resource(RESOURCE)) {
            return read(reader, "fitted-declarations.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads declarations in the shipped format; {@code file} names it in problems. */
    public static SiteDeclarations read(Reader reader, String file) {
        return new SiteDeclarations(DataFile.read(reader, file, HEADER, false, DeclaredCookie::of));
    }

    /** Every declared cookie, in file order. */
    public List<DeclaredCookie> rows() {
        return rows;
    }

    /** The votes of the sites that declared a cookie like this one (same name and party), if any did. */
    public Optional<DeclarationVotes> votesFor(Cookie cookie) {
        return Optional.ofNullable(votes.get(key(cookie)));
    }

    private static String key(Cookie cookie) {
        String domain = RegistrableDomain.siteOf(cookie.domain());
        String site = RegistrableDomain.siteOf(siteHost(cookie));
        return cookie.name() + '\u0000' + (domain.equals(site) ? "" : domain);
    }

    private static String siteHost(Cookie cookie) {
        URI site = cookie.site();
        String host = host(site.getHost() == null ? site.toString() : site.getHost());
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String host(String text) {
        String host = text.strip().toLowerCase(Locale.ROOT);
        while (host.startsWith(".")) {
            host = host.substring(1);
        }
        return host;
    }
}
