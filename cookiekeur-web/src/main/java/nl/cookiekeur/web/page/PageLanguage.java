package nl.cookiekeur.web.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * The language of a page: {@code ?lang=en} or {@code ?lang=nl} when given (a cookie-free switch, carried in
 * every link), else the browser's {@code Accept-Language}; Dutch unless English is preferred over Dutch.
 */
public final class PageLanguage {
    /** The query parameter of the switch. */
    public static final String PARAMETER = "lang";

    private static final List<String> OFFERED = List.of("nl", "en");

    private PageLanguage() {}

    /** The language for this request. */
    public static Language of(Context ctx) {
        String chosen = ctx.queryParam(PARAMETER);
        if (chosen != null) {
            return Language.fromCode(chosen).orElse(Language.DUTCH);
        }
        return fromHeader(ctx.header("Accept-Language"));
    }

    /** Whether the language was chosen explicitly in the address (so links must carry it). */
    public static boolean chosen(Context ctx) {
        return ctx.queryParam(PARAMETER) != null;
    }

    static Language fromHeader(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Language.DUTCH;
        }
        List<Locale.LanguageRange> accepted = new ArrayList<>();
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header.strip())) {
                if (range.getWeight() > 0) {
                    accepted.add(range);
                }
            }
        } catch (IllegalArgumentException e) {
            return Language.DUTCH;
        }
        String tag = Locale.lookupTag(accepted, OFFERED);
        return tag != null && tag.equals("en") ? Language.ENGLISH : Language.DUTCH;
    }
}
