package nl.cookiekeur.knowledge.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.KnowledgeSource;

/** Loads the Open Cookie Database CSV (Apache-2.0, Jack Kwakman and contributors) into knowledge entries. */
public final class OpenCookieDatabase {
    /** The source id used in entries and matches. */
    public static final String SOURCE_ID = "open-cookie-database";
    /** The classpath resource of the shipped copy. */
    public static final String RESOURCE = "/nl/cookiekeur/knowledge/data/open-cookie-database/open-cookie-database.csv";

    static final List<String> HEADER = List.of(
            "ID",
            "Platform",
            "Category",
            "Cookie / Data Key name",
            "Domain",
            "Description",
            "Retention period",
            "Data Controller",
            "User Privacy & GDPR Rights Portals",
            "Wildcard match");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private OpenCookieDatabase() {}

    /** Loads the shipped copy; a malformed row fails with a {@link DataFileException} naming file and line. */
    public static List<KnowledgeEntry> load() {
        try (Reader reader = DataFile.resource(RESOURCE)) {
            return read(reader, "open-cookie-database.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads entries from a CSV in the Open Cookie Database format; {@code file} names it in problems. */
    public static List<KnowledgeEntry> read(Reader reader, String file) {
        Set<String> ids = new HashSet<>();
        Map<String, DomainText.Result> domainTexts = new HashMap<>();
        return DataFile.read(reader, file, HEADER, false, row -> entry(row, ids, domainTexts));
    }

    /**
     * Maps an Open Cookie Database category to ours: Necessary and Security are necessary, Personalization is
     * preferences; Functional is no legal category and is judged by {@link FunctionalJudgement} from the name and
     * description (here, without them: preferences); empty for anything else.
     */
    public static Optional<Category> category(String text) {
        return category(text, "", "");
    }

    /** The category of a row with this category text, cookie name and description. */
    public static Optional<Category> category(String text, String name, String description) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "functional" -> Optional.of(FunctionalJudgement.of(name, description));
            case "necessary", "security" -> Optional.of(Category.NECESSARY);
            case "personalization" -> Optional.of(Category.PREFERENCES);
            case "analytics" -> Optional.of(Category.ANALYTICS);
            case "marketing" -> Optional.of(Category.MARKETING);
            default -> Optional.empty();
        };
    }

    /** The source description with licence and attribution, with the given count of loaded entries. */
    public static KnowledgeSource source(int entries) {
        return new KnowledgeSource(
                SOURCE_ID,
                "Open Cookie Database",
                "Apache-2.0",
                "Open Cookie Database, Jack Kwakman and contributors",
                "https://github.com/jkwakman/Open-Cookie-Database",
                "0ee5a17fe1cb002943f89370d24fc26a4226061c (2026-01-21)",
                entries,
                0);
    }

    private static KnowledgeEntry entry(DataRow row, Set<String> ids, Map<String, DomainText.Result> domainTexts) {
        String id = row.required("ID").toLowerCase(Locale.ROOT);
        if (!UUID.matcher(id).matches()) {
            throw row.fail("bad-uuid", id);
        }
        if (!ids.add(id)) {
            throw row.fail("duplicate-id", id);
        }
        String categoryText = row.required("Category");
        String name = CookieNames.validName(row, "Cookie / Data Key name");
        Category category = category(categoryText, name, row.get("Description"))
                .orElseThrow(() -> row.fail("unknown-category", categoryText));
        DomainText.Result domains = domainTexts.computeIfAbsent(row.get("Domain"), DomainText::parse);
        if (domains.invalidPart() != null) {
            throw row.fail("bad-domain", domains.invalidPart());
        }
        return new KnowledgeEntry(
                id,
                SOURCE_ID,
                name,
                row.flag("Wildcard match"),
                domains.domains(),
                row.get("Platform"),
                category,
                RetentionText.parse(row.get("Retention period")),
                row.get("Data Controller"),
                row.optionalUrl("User Privacy & GDPR Rights Portals"),
                row.get("Description"),
                null,
                row.get("Category"));
    }
}
