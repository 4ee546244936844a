package nl.cookiekeur.reporting.view;

import java.util.List;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.facts.ToolFacts;

/** The site facts the owner declared, as lines for the reports ("op uw eigen verklaring"). */
public final class OwnersWord {
    private OwnersWord() {}

    /** One line per declared tool, in the report's language; empty when nothing was declared. */
    public static List<String> lines(SiteFacts facts, Words words) {
        return facts.tools().stream().map(tool -> line(tool, words)).toList();
    }

    private static String line(ToolFacts tool, Words words) {
        return words.get(
                "facts.tool",
                tool.toolId(),
                answer(tool.ipAnonymised(), words),
                answer(tool.dataSharingOff(), words),
                answer(tool.processorAgreement(), words),
                answer(tool.noUserIds(), words));
    }

    private static String answer(boolean declared, Words words) {
        return words.get(declared ? "facts.yes" : "facts.no");
    }
}
