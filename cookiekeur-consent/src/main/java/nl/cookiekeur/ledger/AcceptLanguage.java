package nl.cookiekeur.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/** Picks the language of a problem's words from a request's {@code Accept-Language} header. */
final class AcceptLanguage {
    private static final List<String> OFFERED = List.of("en", "nl");

    private AcceptLanguage() {}

    /**
     * Dutch when the header prefers Dutch over English (by weight, then order; {@code nl-BE} counts as Dutch),
     * else English, also for a missing or malformed header.
     */
    static Language preferred(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Language.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header.strip());
        } catch (IllegalArgumentException e) {
            return Language.ENGLISH;
        }
        List<Locale.LanguageRange> accepted = new ArrayList<>();
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0) {
                accepted.add(range);
            }
        }
        String tag = Locale.lookupTag(accepted, OFFERED);
        return tag != null && tag.equals("nl") ? Language.DUTCH : Language.ENGLISH;
    }
}
