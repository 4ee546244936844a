package nl.cookiekeur.cli.advice;

import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.profile.ToolProfile;
import nl.cookiekeur.profile.ToolProfileText;
import nl.cookiekeur.text.Language;

/** The judged profile of a web technology, shown above the advice it leads to. */
record ToolEntry(
        String id,
        String name,
        String vendor,
        String kind,
        String rationale,
        List<String> conditions,
        List<String> uncertainties,
        List<CitationEntry> citations) {

    static ToolEntry of(ToolProfile profile, Language language) {
        ToolProfileText text = profile.text(language);
        return new ToolEntry(
                profile.id(),
                text.name(),
                text.vendor(),
                profile.kind().id(),
                text.rationale(),
                text.conditions(),
                text.uncertainties(),
                CitationEntry.all(profile.citations()));
    }

    void print(Page page, Messages messages) {
        page.section(messages.get("advies.tool.why", name));
        page.field(messages.get("advies.tool.vendor"), vendor);
        page.field(messages.get("advies.tool.kind"), kind);
        page.paragraph(rationale);
        page.section(messages.get("advies.tool.conditions"));
        page.bullets(conditions);
        if (!uncertainties.isEmpty()) {
            page.section(messages.get("advies.tool.uncertainties"));
            page.bullets(uncertainties);
        }
        page.section(messages.get("advies.tool.sources", name));
        page.bullets(CitationEntry.lines(citations, messages));
    }
}
