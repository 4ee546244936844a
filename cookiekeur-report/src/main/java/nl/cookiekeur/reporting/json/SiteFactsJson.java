package nl.cookiekeur.reporting.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.facts.ToolFacts;

/** The {@code siteFacts} section of report.json: what the owner declared, on the owner's word. */
final class SiteFactsJson {
    private SiteFactsJson() {}

    static ArrayNode of(SiteFacts facts) {
        ArrayNode tools = JsonNodeFactory.instance.arrayNode();
        for (ToolFacts tool : facts.tools()) {
            tools.addObject()
                    .put("tool", tool.toolId())
                    .put("ipAnonymised", tool.ipAnonymised())
                    .put("dataSharingOff", tool.dataSharingOff())
                    .put("processorAgreement", tool.processorAgreement())
                    .put("noUserIds", tool.noUserIds())
                    .put("exemptionSettingsDeclared", tool.exemptionSettingsDeclared())
                    .put("source", "owner");
        }
        return tools;
    }
}
