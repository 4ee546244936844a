package nl.cookiekeur.knowledge.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.knowledge.domain.Hosts;
import org.jspecify.annotations.Nullable;

/** Loads the WhoTracks.me tracker domains (2022-08 snapshot, CC BY 4.0): domain to tracker, kind and company. */
public final class WhoTracksMe {
    /** The source id used in trackers. */
    public static final String SOURCE_ID = "whotracksme";
    /** The classpath resource of the shipped copy. */
    public static final String RESOURCE = "/nl/cookiekeur/knowledge/data/whotracksme/tracker_domains.csv";

    static final List<String> HEADER = List.of(
            "domain",
            "tracker_id",
            "tracker_name",
            "category",
            "company_id",
            "company_name",
            "company_country",
            "company_privacy_url",
            "tracker_website_url");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private WhoTracksMe() {}

    /** Loads the shipped copy; a malformed row fails with a {@link DataFileException} naming file and line. */
    public static List<Tracker> load() {
        try (Reader reader = DataFile.resource(RESOURCE)) {
            return read(reader, "tracker_domains.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads trackers from a CSV in the shipped {@code tracker_domains.csv} format. The URL columns are not
     * used and therefore not validated (upstream has a few malformed ones).
     */
    public static List<Tracker> read(Reader reader, String file) {
        Set<String> domains = new HashSet<>();
        return DataFile.read(reader, file, HEADER, false, row -> tracker(row, domains));
    }

    /**
     * Maps a WhoTracks.me category to a tracker kind: advertising, pornvertising and social media are
     * marketing kinds; site analytics; essential, cdn, hosting and consent are necessary kinds; customer
     * interaction and audio/video players keep their own kind; misc, unknown, extensions, comments and email
     * are unknown. Empty for a name WhoTracks.me does not use.
     */
    public static Optional<TrackerKind> kind(String category) {
        return Optional.ofNullable(
                switch (category.strip().toLowerCase(Locale.ROOT)) {
                    case "advertising", "pornvertising" -> TrackerKind.ADVERTISING;
                    case "social_media" -> TrackerKind.SOCIAL_MEDIA;
                    case "site_analytics" -> TrackerKind.SITE_ANALYTICS;
                    case "essential" -> TrackerKind.ESSENTIAL;
                    case "cdn" -> TrackerKind.CDN;
                    case "hosting" -> TrackerKind.HOSTING;
                    case "consent" -> TrackerKind.CONSENT;
                    case "customer_interaction" -> TrackerKind.CUSTOMER_INTERACTION;
                    case "audio_video_player" -> TrackerKind.AUDIO_VIDEO_PLAYER;
                    case "misc", "unknown", "extensions", "comments", "email" -> TrackerKind.UNKNOWN;
                    default -> null;
                });
    }

    /** The source description with licence and attribution, with the given count of tracker domains. */
    public static KnowledgeSource source(int trackerDomains) {
        return new KnowledgeSource(
                SOURCE_ID,
                "WhoTracks.me tracker database",
                "CC-BY-4.0",
                "WhoTracks.me tracker database (2022-08 snapshot), Ghostery GmbH, CC BY 4.0",
                "https://github.com/whotracksme/whotracks.me",
                "3d961e6231e6bec7094fa1436a118d57c54aeae6 (2022-08-02)",
                0,
                trackerDomains);
    }

    private static Tracker tracker(DataRow row, Set<String> seen) {
        String domain = domain(row, seen);
        TrackerKind kind = kind(row);
        String country = row.get("company_country").toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            throw row.fail("bad-country", country);
        }
        return new Tracker(
                domain,
                row.required("tracker_id"),
                row.required("tracker_name"),
                kind,
                emptyToNull(row.get("company_name")),
                emptyToNull(country),
                SOURCE_ID);
    }

    /** The row's tracker domain: normalised, registrable below a public suffix, and not seen before in the file. */
    static String domain(DataRow row, Set<String> seen) {
        String domain = row.required("domain");
        if (!Hosts.normalise(domain).filter(domain::equals).isPresent()) {
            throw row.fail("bad-domain", domain);
        }
        if (Hosts.isRegistrySuffix(domain)) {
            throw row.fail("public-suffix", domain);
        }
        if (!seen.add(domain)) {
            throw row.fail("duplicate-domain", domain);
        }
        return domain;
    }

    /** The tracker kind of the row's WhoTracks.me category; a name WhoTracks.me does not use fails the row. */
    static TrackerKind kind(DataRow row) {
        String category = row.required("category");
        return kind(category).orElseThrow(() -> row.fail("unknown-category", category));
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
