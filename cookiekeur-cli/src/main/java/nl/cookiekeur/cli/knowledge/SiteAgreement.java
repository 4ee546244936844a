package nl.cookiekeur.cli.knowledge;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cli.Messages;

/**
 * How far the labels agree among the sites themselves: for every scored cookie whose name other sites of the same
 * file labelled too, whether the label most of those other sites gave (one vote per site; a tie counts as agreeing
 * when the cookie's label is among the most given) is the cookie's own label. Labels are the sites' declarations,
 * so this is the yardstick's own consistency: a classifier that answers each name as the other sites declared it
 * could agree no more often than this on those cookies, and nothing shows how it would do on names no other site
 * declared. Every labelled row of the file votes, whatever part is scored; at most {@value #MAX_ROWS} rows are kept,
 * beyond that the line is left out.
 */
final class SiteAgreement {
    static final int MAX_ROWS = 200_000;

    private final Map<String, Map<String, Category>> labelsByName = new HashMap<>();
    private final List<Scored> scored = new ArrayList<>();
    private int rows;

    private record Scored(String name, String site, Category label) {}

    /** Adds a labelled row; {@code inPart} says whether it belongs to the part being scored. */
    void add(String name, URI site, Category label, boolean inPart) {
        rows++;
        if (rows > MAX_ROWS) {
            return;
        }
        String siteKey = siteKey(site);
        labelsByName.computeIfAbsent(name, n -> new HashMap<>()).putIfAbsent(siteKey, label);
        if (inPart) {
            scored.add(new Scored(name, siteKey, label));
        }
    }

    /** The summary line, or nothing when no scored cookie has a name another site labelled, or the file was too big. */
    String summary(Messages messages) {
        if (rows > MAX_ROWS) {
            return "";
        }
        int withOthers = 0;
        int agreeing = 0;
        for (Scored cookie : scored) {
            Map<Category, Integer> votes = new EnumMap<>(Category.class);
            labelsByName.getOrDefault(cookie.name(), Map.of()).forEach((site, label) -> {
                if (!site.equals(cookie.site())) {
                    votes.merge(label, 1, Integer::sum);
                }
            });
            if (votes.isEmpty()) {
                continue;
            }
            withOthers++;
            int most = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            agreeing += votes.getOrDefault(cookie.label(), 0) == most ? 1 : 0;
        }
        if (withOthers == 0) {
            return "";
        }
        Locale locale = messages.language().locale();
        return messages.get(
                "classify.summary.siteAgreement",
                withOthers,
                scored.size(),
                agreeing,
                String.format(locale, "%.1f%%", 100.0 * agreeing / withOthers),
                scored.size() - withOthers);
    }

    private static String siteKey(URI site) {
        String host = site.getHost() == null ? site.toString() : site.getHost();
        String key = host.toLowerCase(Locale.ROOT);
        return key.startsWith("www.") ? key.substring(4) : key;
    }
}
