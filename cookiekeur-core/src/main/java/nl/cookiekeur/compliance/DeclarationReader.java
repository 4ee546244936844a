package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.PolicyText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cookies a statement declares from its tables: a header row (naam/name, categorie/category/type,
 * bewaartermijn/looptijd/duration/expiry, …) tells which column is which; rows without a recognised header
 * are read by shape (a name-like first cell, a cell that reads as a lifetime, a cell with a category word).
 */
final class DeclarationReader {
    private static final Pattern NAME_LIKE = Pattern.compile("[A-Za-z0-9_.\\-*<>\\[\\]{}#$:|]{2,80}");
    private static final int MAX_ROWS = 2_000;

    private DeclarationReader() {}

    /** The cookies declared in the statements' tables, in order. */
    static List<DeclaredCookie> read(List<PolicyText> statements) {
        List<DeclaredCookie> declared = new ArrayList<>();
        for (PolicyText statement : statements) {
            Columns columns = Columns.NONE;
            int rows = 0;
            for (String row : statement.tables()) {
                if (++rows > MAX_ROWS) {
                    break;
                }
                List<String> cells =
                        List.of(row.split("\t", -1)).stream().map(String::strip).toList();
                Columns header = Columns.of(cells);
                if (header != null) {
                    columns = header;
                    continue;
                }
                DeclaredCookie cookie = columns.read(cells, statement.url());
                if (cookie != null) {
                    declared.add(cookie);
                }
            }
        }
        return List.copyOf(declared);
    }

    /** Whether a statement's text or tables mention the name as a word of its own. */
    static boolean mentions(List<PolicyText> statements, String name) {
        if (name.isBlank()) {
            return false;
        }
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_\\-])" + Pattern.quote(name) + "(?![A-Za-z0-9_\\-])");
        for (PolicyText statement : statements) {
            if (word.matcher(statement.text()).find()) {
                return true;
            }
            for (String row : statement.tables()) {
                if (word.matcher(row).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which column holds what; -1 when absent. */
    private record Columns(int name, int category, int lifetime) {
        static final Columns NONE = new Columns(-1, -1, -1);

        static @Nullable Columns of(List<String> cells) {
            int name = -1;
            int category = -1;
            int lifetime = -1;
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i).toLowerCase(Locale.ROOT);
                if (cell.length() > 40) {
                    continue;
                }
                if (name < 0
                        && (cell.equals("naam")
                                || cell.equals("name")
                                || cell.equals("cookie")
                                || cell.equals("cookienaam")
                                || cell.equals("cookie name")
                                || cell.equals("cookie-naam"))) {
                    name = i;
                } else if (category < 0
                        && (cell.startsWith("categor") || cell.equals("type") || cell.equals("soort"))) {
                    category = i;
                } else if (lifetime < 0
                        && (cell.contains("bewaartermijn")
                                || cell.contains("looptijd")
                                || cell.contains("duur")
                                || cell.contains("duration")
                                || cell.contains("expir")
                                || cell.contains("retention")
                                || cell.contains("vervaltermijn")
                                || cell.contains("geldig")
                                || cell.contains("lifetime")
                                || cell.contains("verloopt")
                                || cell.equals("expires"))) {
                    lifetime = i;
                }
            }
            return name >= 0 && (category >= 0 || lifetime >= 0) ? new Columns(name, category, lifetime) : null;
        }

        @Nullable
        DeclaredCookie read(List<String> cells, String source) {
            if (cells.isEmpty()) {
                return null;
            }
            String nameCell = cell(cells, name < 0 ? 0 : name);
            if (!NAME_LIKE.matcher(nameCell).matches()) {
                return null;
            }
            String categoryText = category >= 0 ? cell(cells, category) : "";
            String lifetimeText = lifetime >= 0 ? cell(cells, lifetime) : "";
            if (name < 0) {
                for (int i = 1; i < cells.size(); i++) {
                    String cell = cells.get(i);
                    if (lifetimeText.isEmpty() && DeclaredLifetime.parse(cell).isPresent()) {
                        lifetimeText = cell;
                    } else if (categoryText.isEmpty()
                            && cell.length() <= 40
                            && DeclaredCookie.categoryOf(cell) != null) {
                        categoryText = cell;
                    }
                }
                if (categoryText.isEmpty() && lifetimeText.isEmpty()) {
                    return null;
                }
            }
            Category parsedCategory = categoryText.isEmpty() ? null : DeclaredCookie.categoryOf(categoryText);
            DeclaredLifetime parsedLifetime =
                    DeclaredLifetime.parse(lifetimeText).orElse(null);
            return new DeclaredCookie(nameCell, parsedCategory, categoryText, parsedLifetime, lifetimeText, source);
        }

        private static String cell(List<String> cells, int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
