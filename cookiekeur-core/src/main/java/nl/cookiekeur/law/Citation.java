package nl.cookiekeur.law;

import java.util.Objects;
import java.util.Optional;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * A primary legal source that supports a question or an advice, kept as data so reports and documentation
 * cite the same provision.
 *
 * @param id stable identifier used in data and reports, such as {@code tw-11.7a-3b}
 * @param instrument the statute, regulation, guideline or judgment, such as {@code Telecommunicatiewet}
 * @param provision the part cited, such as {@code art. 11.7a lid 3 onder b}
 * @param title a short description of what the provision is about, in Dutch
 * @param titleEn the same description in English
 * @param referenceEn instrument and provision as an English reader cites them, such as {@code GDPR (Regulation (EU)
 *     2016/679) art. 4(11)}
 * @param url where the source can be read, if a stable address is known
 * @param uncertain true when the exact wording or status of the source could not be verified
 */
public record Citation(
        String id,
        String instrument,
        String provision,
        String title,
        String titleEn,
        String referenceEn,
        @Nullable String url,
        boolean uncertain) {

    public Citation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(referenceEn, "referenceEn");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** What the source is about, in the reader's language. */
    public String title(Language language) {
        return language == Language.ENGLISH ? titleEn : title;
    }

    /** The address of the source, when one is known. */
    public Optional<String> link() {
        return Optional.ofNullable(url);
    }

    /** A compact human reference such as "Telecommunicatiewet art. 11.7a lid 3 onder b". */
    public String reference() {
        return instrument + " " + provision;
    }

    /** The reference in the reader's language. */
    public String reference(Language language) {
        return language == Language.ENGLISH ? referenceEn : reference();
    }
}
