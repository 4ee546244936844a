package nl.cookiekeur.knowledge.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.classification.Retention;
import nl.cookiekeur.knowledge.domain.Hosts;

/**
 * Loads our curated cookie rows (additions and overrides of the Open Cookie Database, each with a
 * justification) and applies them to the upstream entries.
 */
public final class CuratedCookies {
    /** The source id used in curated entries and matches. */
    public static final String SOURCE_ID = "cookiekeur-curated";
    /** The classpath resource of the shipped file. */
    public static final String RESOURCE = "/nl/cookiekeur/knowledge/data/curated/cookies.csv";

    static final List<String> HEADER = List.of(
            "id",
            "platform",
            "category",
            "name",
            "wildcard",
            "domains",
            "retention",
            "controller",
            "privacy_url",
            "description",
            "replaces",
            "justification");
    private static final Pattern ID = Pattern.compile("ck-[a-z0-9]+(?:-[a-z0-9]+)*");

    private CuratedCookies() {}

    /** Loads the shipped file; a malformed row fails with a {@link DataFileException} naming file and line. */
    public static List<CuratedEntry> load() {
        try (Reader reader = DataFile.resource(RESOURCE)) {
            return read(reader, "curated/cookies.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads curated rows; lines starting with {@code #} are comments. */
    public static List<CuratedEntry> read(Reader reader, String file) {
        Set<String> ids = new HashSet<>();
        return DataFile.read(reader, file, HEADER, true, row -> curated(row, ids));
    }

    /**
     * Applies curated rows to upstream entries: a row replaces the upstream entry named in its
     * {@code replaces} column and any upstream entry with the same name and domains; other rows are added.
     * The result keeps upstream order, with replacements in place and additions at the end.
     *
     * @throws DataFileException when a {@code replaces} id does not exist upstream
     */
    public static List<KnowledgeEntry> apply(List<KnowledgeEntry> upstream, List<CuratedEntry> curated) {
        Map<String, KnowledgeEntry> byId = new LinkedHashMap<>();
        upstream.forEach(entry -> byId.put(entry.id(), entry));
        Map<String, KnowledgeEntry> replacements = new LinkedHashMap<>();
        List<KnowledgeEntry> additions = new ArrayList<>();
        for (CuratedEntry row : curated) {
            KnowledgeEntry entry = row.entry();
            String replaces = entry.replaces();
            if (replaces != null && !byId.containsKey(replaces)) {
                throw row.fail("unknown-replaces", replaces);
            }
            List<String> replaced = upstream.stream()
                    .filter(up -> up.id().equals(replaces) || sameKey(up, entry))
                    .map(KnowledgeEntry::id)
                    .toList();
            if (replaced.isEmpty()) {
                additions.add(entry);
            } else {
                KnowledgeEntry marked = entry.withReplaces(replaced.getFirst());
                replaced.forEach(id -> replacements.put(id, marked));
            }
        }
        List<KnowledgeEntry> result = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (KnowledgeEntry entry : upstream) {
            KnowledgeEntry replacement = replacements.get(entry.id());
            if (replacement == null) {
                result.add(entry);
            } else if (placed.add(replacement.id())) {
                result.add(replacement);
            }
        }
        result.addAll(additions);
        return List.copyOf(result);
    }

    /** The source description; our own rows, under the project's licence. */
    public static KnowledgeSource source(int entries, int trackerDomains) {
        return new KnowledgeSource(
                SOURCE_ID,
                "Cookiekeur curated additions",
                "Apache-2.0",
                "Cookiekeur contributors",
                "classpath:/nl/cookiekeur/knowledge/data/curated/",
                "bundled",
                entries,
                trackerDomains);
    }

    private static boolean sameKey(KnowledgeEntry upstream, KnowledgeEntry curated) {
        return upstream.name().equals(curated.name())
                && Set.copyOf(upstream.domains()).equals(Set.copyOf(curated.domains()));
    }

    private static CuratedEntry curated(DataRow row, Set<String> ids) {
        String id = row.required("id");
        if (!ID.matcher(id).matches()) {
            throw row.fail("bad-curated-id", id);
        }
        if (!ids.add(id)) {
            throw row.fail("duplicate-id", id);
        }
        String categoryText = row.required("category");
        Category category = Category.fromId(categoryText).orElseThrow(() -> row.fail("unknown-category", categoryText));
        String retentionText = row.required("retention");
        Retention retention = RetentionText.parse(retentionText);
        if (retention instanceof Retention.Unknown && !retentionText.equals("unknown")) {
            throw row.fail("bad-retention", retentionText);
        }
        String replaces = row.get("replaces");
        KnowledgeEntry entry = new KnowledgeEntry(
                id,
                SOURCE_ID,
                CookieNames.validName(row, "name"),
                row.flag("wildcard"),
                registrableDomains(row),
                row.required("platform"),
                category,
                retention,
                row.required("controller"),
                row.optionalUrl("privacy_url"),
                row.required("description"),
                replaces.isEmpty() ? null : replaces);
        String justification = row.get("justification");
        if (justification.isEmpty()) {
            throw row.fail("missing-justification");
        }
        return new CuratedEntry(entry, justification, row.file(), row.line());
    }

    private static List<String> registrableDomains(DataRow row) {
        List<String> domains = new ArrayList<>();
        for (String domain : row.get("domains").split("\\s+")) {
            if (domain.isEmpty()) {
                continue;
            }
            String registrable = Hosts.registrable(domain).orElseThrow(() -> row.fail("bad-domain", domain));
            if (!Objects.equals(registrable, domain)) {
                throw row.fail("not-registrable", domain, registrable);
            }
            domains.add(domain);
        }
        return domains;
    }
}
