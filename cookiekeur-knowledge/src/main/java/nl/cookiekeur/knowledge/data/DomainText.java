package nl.cookiekeur.knowledge.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.cookiekeur.knowledge.domain.Hosts;
import org.jspecify.annotations.Nullable;

/**
 * Reads the free-text domain column of the Open Cookie Database ({@code .example.com}, {@code example.com
 * (3rd party)}, {@code a.com (3rd party) or b.com}) into a list of registrable domains.
 */
final class DomainText {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\||\\s+or\\s+|\\s+)\\s*");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\ufeff]");
    private static final Pattern PARTY_MARKER = Pattern.compile("\\((?:1st|3rd|first|third)[ -]party\\)");

    private DomainText() {}

    /**
     * The registrable domains named by the text in order of appearance, without duplicates; an empty list
     * for an empty text (first party); empty when a part is not a valid host, with that part as problem.
     */
    static Result parse(String text) {
        String clean = PARTY_MARKER
                .matcher(INVISIBLE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll(" ");
        List<String> domains = new ArrayList<>();
        for (String part : SEPARATORS.split(clean.strip())) {
            if (part.isEmpty() || part.equals("or")) {
                continue;
            }
            Optional<String> registrable = Hosts.registrable(withoutPlaceholderLabels(part));
            if (registrable.isEmpty()) {
                return new Result(List.of(), part);
            }
            if (!domains.contains(registrable.get())) {
                domains.add(registrable.get());
            }
        }
        return new Result(domains, null);
    }

    /** Drops leading labels that are placeholders, such as {@code ads-[account].} or {@code *.}. */
    private static String withoutPlaceholderLabels(String part) {
        int cut = Math.max(part.lastIndexOf(']'), Math.max(part.lastIndexOf('*'), part.lastIndexOf('}')));
        if (cut < 0) {
            return part;
        }
        int dot = part.indexOf('.', cut);
        return dot < 0 ? part : part.substring(dot + 1);
    }

    /** Registrable domains, or the first part that is not a valid host. */
    record Result(List<String> domains, @Nullable String invalidPart) {}
}
