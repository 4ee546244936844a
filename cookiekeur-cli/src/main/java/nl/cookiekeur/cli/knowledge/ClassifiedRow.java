package nl.cookiekeur.cli.knowledge;

import java.util.List;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * One output record of {@code knowledge classify}, in the order of the JSON fields and CSV columns.
 *
 * @param name the cookie name
 * @param domain the cookie domain as given
 * @param category the category id, {@code unknown} when it needs review
 * @param likely for {@code unknown}, the best guess's category id (never used for advice), else {@code null}
 * @param confidence calibrated confidence, rounded to three decimals
 * @param vendor platform or tracker company, {@code null} when unknown
 * @param source the knowledge entry id, or {@code classifier}
 * @param advice the beslisboom advice number (1–10)
 * @param consentRequired whether prior consent is required
 * @param reason stable id of the reason
 * @param explanation the reason in the chosen language
 */
record ClassifiedRow(
        String name,
        String domain,
        String category,
        @Nullable String likely,
        double confidence,
        @Nullable String vendor,
        String source,
        int advice,
        boolean consentRequired,
        String reason,
        String explanation) {

    static final List<String> COLUMNS = List.of(
            "name",
            "domain",
            "category",
            "likely",
            "confidence",
            "vendor",
            "source",
            "advice",
            "consentRequired",
            "reason",
            "explanation");

    static ClassifiedRow of(Cookie cookie, Classification classification, CookieAdvice advice, Language language) {
        return new ClassifiedRow(
                cookie.name(),
                cookie.domain(),
                classification.category().id(),
                classification.likely() == null ? null : classification.likely().id(),
                Math.round(classification.confidence() * 1000) / 1000.0,
                classification.vendor(),
                classification.source(),
                advice.number(),
                advice.consentRequired(),
                advice.reason().id(),
                advice.reason().text(language));
    }

    /** The record as one CSV line. */
    String csv() {
        return String.join(
                ",",
                CsvLine.quote(name),
                CsvLine.quote(domain),
                category,
                likely == null ? "" : likely,
                Double.toString(confidence),
                vendor == null ? "" : CsvLine.quote(vendor),
                CsvLine.quote(source),
                Integer.toString(advice),
                Boolean.toString(consentRequired),
                reason,
                CsvLine.quote(explanation));
    }
}
