package nl.cookiekeur.cli.advice;

import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.profile.ToolProfile;
import nl.cookiekeur.text.Language;

/** One line of the tool list: which advice a web technology gets and whether it needs consent. */
record ToolSummary(String id, String name, String vendor, String kind, int advice, boolean consentRequired) {

    static ToolSummary of(ToolProfile profile, Language language) {
        return new ToolSummary(
                profile.id(),
                profile.name(language),
                profile.vendor(language),
                profile.kind().id(),
                profile.advice().number(),
                profile.consentRequired());
    }

    static void print(List<ToolSummary> tools, Page page, Messages messages) {
        page.title(messages.get("advies.tools.title", tools.size()));
        page.table(
                List.of(
                        messages.get("advies.tools.id"),
                        messages.get("advies.tools.name"),
                        messages.get("advies.tools.kind"),
                        messages.get("advies.tools.advice"),
                        messages.get("advies.tools.consent")),
                tools.stream()
                        .map(tool -> List.of(
                                tool.id,
                                tool.name,
                                tool.kind,
                                String.valueOf(tool.advice),
                                Answer.word(tool.consentRequired, messages)))
                        .toList());
        page.paragraph(messages.get("advies.tools.hint"));
        page.command(messages.get("advies.tools.command"));
    }
}
