package nl.cookiekeur.knowledge.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;

/** Loads our curated tracker domains (Dutch and EU vendors missing upstream) and applies them to WhoTracks.me. */
public final class CuratedTrackers {
    /** The classpath resource of the shipped file. */
    public static final String RESOURCE = "/nl/cookiekeur/knowledge/data/curated/tracker-domains.csv";

    static final List<String> HEADER = List.of(
            "domain", "tracker_id", "tracker_name", "category", "company_name", "company_country", "justification");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private CuratedTrackers() {}

    /** Loads the shipped file; a malformed row fails with a {@link DataFileException} naming file and line. */
    public static List<Tracker> load() {
        try (Reader reader = DataFile.resource(RESOURCE)) {
            return read(reader, "curated/tracker-domains.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads curated tracker rows; lines starting with {@code #} are comments. */
    public static List<Tracker> read(Reader reader, String file) {
        Set<String> domains = new HashSet<>();
        return DataFile.read(reader, file, HEADER, true, row -> tracker(row, domains));
    }

    /** Upstream trackers with curated rows replacing those of the same domain and the rest added. */
    public static List<Tracker> apply(List<Tracker> upstream, List<Tracker> curated) {
        Map<String, Tracker> byDomain = new LinkedHashMap<>();
        upstream.forEach(tracker -> byDomain.put(tracker.domain(), tracker));
        curated.forEach(tracker -> byDomain.put(tracker.domain(), tracker));
        return List.copyOf(new ArrayList<>(byDomain.values()));
    }

    private static Tracker tracker(DataRow row, Set<String> seen) {
        String domain = WhoTracksMe.domain(row, seen);
        TrackerKind kind = WhoTracksMe.kind(row);
        String country = row.required("company_country");
        if (!COUNTRY.matcher(country).matches()) {
            throw row.fail("bad-country", country);
        }
        if (row.get("justification").isEmpty()) {
            throw row.fail("missing-justification");
        }
        return new Tracker(
                domain,
                row.required("tracker_id"),
                row.required("tracker_name"),
                kind,
                row.required("company_name"),
                country,
                CuratedCookies.SOURCE_ID);
    }
}
