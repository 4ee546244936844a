package nl.cookiekeur.cli.advice;

import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/** A cited legal or vendor source as shown to users and written to JSON. */
record CitationEntry(
        String id,
        String instrument,
        String provision,
        String title,
        String titleEn,
        String referenceEn,
        @Nullable String url,
        boolean uncertain) {

    static CitationEntry of(Citation citation) {
        return new CitationEntry(
                citation.id(),
                citation.instrument(),
                citation.provision(),
                citation.title(),
                citation.titleEn(),
                citation.referenceEn(),
                citation.link().orElse(null),
                citation.uncertain());
    }

    static List<CitationEntry> all(List<Citation> citations) {
        return citations.stream().map(CitationEntry::of).toList();
    }

    /** One line such as "Telecommunicatiewet art. 11.7a lid 3 onder b: title (url)", marked when uncertain. */
    String line(Messages messages) {
        boolean english = messages.language() == Language.ENGLISH;
        StringBuilder line = new StringBuilder(
                (english ? referenceEn : instrument + " " + provision) + ": " + (english ? titleEn : title));
        if (url != null) {
            line.append(" (").append(url).append(')');
        }
        if (uncertain) {
            line.append(' ').append(messages.get("advies.uncertain"));
        }
        return line.toString();
    }

    static List<String> lines(List<CitationEntry> citations, Messages messages) {
        return citations.stream().map(citation -> citation.line(messages)).toList();
    }
}
