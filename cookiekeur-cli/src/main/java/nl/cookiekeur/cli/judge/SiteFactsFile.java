package nl.cookiekeur.cli.judge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.facts.ToolFacts;
import nl.cookiekeur.profile.ToolCatalogue;

/**
 * Reads a site facts file ({@code docs/site-facts.md}, schema {@code docs/site-facts.schema.json}): per tool
 * profile id the settings the owner declares. Anything the schema does not allow is refused with one line.
 */
final class SiteFactsFile {
    static final Set<String> SETTINGS = Set.of("ipAnonymised", "dataSharingOff", "processorAgreement", "noUserIds");
    private static final long MAX_BYTES = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SiteFactsFile() {}

    /** The facts in the file; {@link BadInputException} with the reason when it cannot be used. */
    static SiteFacts read(Path file, ToolCatalogue tools, Messages messages) {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw bad(messages, file, messages.get("siteFacts.tooLarge"));
            }
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(messages.get("siteFacts.missing", file));
        } catch (JsonProcessingException e) {
            throw bad(
                    messages,
                    file,
                    messages.get("siteFacts.notJson", e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new BadInputException(messages.get("siteFacts.missing", file));
        }
        if (root == null || !root.isObject()) {
            throw bad(messages, file, messages.get("siteFacts.notObject"));
        }
        List<ToolFacts> facts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            switch (field.getKey()) {
                case "$schema", "about" -> {}
                case "tools" -> facts.addAll(tools(file, field.getValue(), tools, messages));
                default -> throw bad(messages, file, messages.get("siteFacts.unknownField", field.getKey()));
            }
        }
        return new SiteFacts(facts);
    }

    private static List<ToolFacts> tools(Path file, JsonNode node, ToolCatalogue catalogue, Messages messages) {
        if (!node.isObject()) {
            throw bad(messages, file, messages.get("siteFacts.notObject"));
        }
        List<ToolFacts> facts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> tool : node.properties()) {
            String id = tool.getKey();
            if (catalogue.find(id).isEmpty()) {
                throw bad(messages, file, messages.get("siteFacts.unknownTool", id));
            }
            JsonNode settings = tool.getValue();
            if (!settings.isObject()) {
                throw bad(messages, file, messages.get("siteFacts.notObject"));
            }
            for (Map.Entry<String, JsonNode> setting : settings.properties()) {
                if (!SETTINGS.contains(setting.getKey())) {
                    throw bad(messages, file, messages.get("siteFacts.unknownSetting", id, setting.getKey()));
                }
                if (!setting.getValue().isBoolean()) {
                    throw bad(messages, file, messages.get("siteFacts.notBoolean", id, setting.getKey()));
                }
            }
            facts.add(new ToolFacts(
                    id,
                    settings.path("ipAnonymised").asBoolean(false),
                    settings.path("dataSharingOff").asBoolean(false),
                    settings.path("processorAgreement").asBoolean(false),
                    settings.path("noUserIds").asBoolean(false)));
        }
        return facts;
    }

    private static BadInputException bad(Messages messages, Path file, String reason) {
        return new BadInputException(messages.get("siteFacts.invalid", file, reason));
    }
}
