package nl.cookiekeur.reporting.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.compliance.ItemKind;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.StorageEntry;
import org.jspecify.annotations.Nullable;

/**
 * The content of the draft cookie statement: every cookie and storage key the scan saw, grouped by
 * category in a fixed order, in one language. What only the site owner knows stays a placeholder.
 *
 * @param words the statement's language
 * @param siteUrl the scanned site (untrusted)
 * @param groups the rows per category, necessary first; categories without rows are absent
 */
public record Statement(Words words, String siteUrl, Map<Category, List<StatementRow>> groups) {
    /** The sections before the list of cookies, as word keys {@code statement.<section>.heading/text}. */
    public static final List<String> SECTIONS_BEFORE = List.of("controller", "what", "consent");

    /** The sections after the list of cookies. */
    public static final List<String> SECTIONS_AFTER =
            List.of("legalBasis", "recipients", "transfers", "rights", "complaint", "changes");

    private static final Comparator<StatementRow> ROW_ORDER = Comparator.comparing(StatementRow::name)
            .thenComparing(StatementRow::provider)
            .thenComparing(StatementRow::type);

    /** The statement for a report view in the given words. */
    public static Statement of(ReportView view, Words words) {
        Map<Category, List<StatementRow>> groups = new EnumMap<>(Category.class);
        Set<String> covered = new HashSet<>();
        for (ItemAdvice item : view.items()) {
            if (item.kind() == ItemKind.TRACKER) {
                continue;
            }
            covered.add(item.kind() + "\u0000" + item.name() + "\u0000" + bare(item.where()));
            String retention = item.retention().in(words.language()).strip();
            if (retention.isEmpty()) {
                retention = item.kind() == ItemKind.COOKIE
                        ? cookieRetention(view, item.name(), item.where(), words)
                        : storageRetention(view, item.name(), item.where(), words);
            }
            String type = item.kind() == ItemKind.COOKIE
                    ? words.get("statement.type.cookie")
                    : storageType(view, item.name(), item.where(), words);
            add(
                    groups,
                    row(
                            item.kind() == ItemKind.COOKIE ? "cookie" : "storage",
                            item.name(),
                            type,
                            item.where(),
                            item.vendor(),
                            item.category(),
                            retention,
                            item.thirdParty(),
                            words));
        }
        for (var phase : view.phases()) {
            for (CookieRow cookie : phase.cookies()) {
                ObservedCookie c = cookie.cookie();
                if (covered.add(ItemKind.COOKIE + "\u0000" + c.name() + "\u0000" + bare(c.domain()))) {
                    add(
                            groups,
                            row(
                                    "cookie",
                                    c.name(),
                                    words.get("statement.type.cookie"),
                                    c.domain(),
                                    null,
                                    Category.UNKNOWN,
                                    PlainDuration.of(c.lifetime(), words),
                                    cookie.thirdParty(),
                                    words));
                }
            }
            for (StorageRow storage : phase.storage()) {
                StorageEntry s = storage.entry();
                if (covered.add(ItemKind.STORAGE + "\u0000" + s.key() + "\u0000" + bare(s.origin()))) {
                    add(
                            groups,
                            row(
                                    "storage",
                                    s.key(),
                                    words.get(
                                            "statement.type." + s.kind().name().toLowerCase(Locale.ROOT)),
                                    s.origin(),
                                    null,
                                    Category.UNKNOWN,
                                    storageRetention(s.kind(), words),
                                    false,
                                    words));
                }
            }
        }
        Map<Category, List<StatementRow>> sorted = new EnumMap<>(Category.class);
        groups.forEach((category, rows) ->
                sorted.put(category, rows.stream().sorted(ROW_ORDER).toList()));
        return new Statement(words, view.evidence().scan().startUrl(), java.util.Collections.unmodifiableMap(sorted));
    }

    private static void add(Map<Category, List<StatementRow>> groups, StatementRow row) {
        groups.computeIfAbsent(row.category(), c -> new ArrayList<>()).add(row);
    }

    private static StatementRow row(
            String kind,
            String name,
            String type,
            String where,
            @Nullable String vendor,
            Category category,
            String retention,
            boolean thirdParty,
            Words words) {
        String provider;
        if (vendor != null && !vendor.isBlank()) {
            provider = vendor;
        } else if (thirdParty) {
            provider = bare(where);
        } else {
            provider = words.get("statement.owner");
        }
        String recipients = (vendor != null && !vendor.isBlank()) || thirdParty
                ? words.get("statement.recipients.third", provider)
                : words.get("statement.recipients.own");
        return new StatementRow(
                name,
                type,
                provider,
                words.get("purpose." + category.id()),
                category,
                retention,
                words.get(thirdParty ? "party.third" : "party.first"),
                recipients,
                kind,
                where);
    }

    private static String cookieRetention(ReportView view, String name, String domain, Words words) {
        Duration longest = null;
        boolean seen = false;
        for (ObservedCookie cookie : view.evidence().cookies()) {
            if (cookie.name().equals(name) && bare(cookie.domain()).equals(bare(domain))) {
                seen = true;
                Duration lifetime = cookie.lifetime();
                if (lifetime != null && (longest == null || lifetime.compareTo(longest) > 0)) {
                    longest = lifetime;
                }
            }
        }
        return seen ? PlainDuration.of(longest, words) : words.get("statement.placeholder");
    }

    private static String storageRetention(ReportView view, String key, String origin, Words words) {
        return view.evidence().storage().stream()
                .filter(s -> s.key().equals(key) && bare(s.origin()).equals(bare(origin)))
                .map(s -> storageRetention(s.kind(), words))
                .findFirst()
                .orElse(words.get("statement.placeholder"));
    }

    /** sessionStorage ends with the tab; localStorage and IndexedDB stay until the visitor clears them. */
    private static String storageRetention(StorageKind kind, Words words) {
        return kind == StorageKind.SESSION_STORAGE
                ? words.get("retention.session")
                : words.get("retention.untilCleared");
    }

    private static String storageType(ReportView view, String key, String origin, Words words) {
        return view.evidence().storage().stream()
                .filter(s -> s.key().equals(key) && bare(s.origin()).equals(bare(origin)))
                .map(s -> words.get("statement.type." + s.kind().name().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(words.get("statement.type.local_storage"));
    }

    private static String bare(String where) {
        String lower = where.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith(".") ? lower.substring(1) : lower;
    }
}
