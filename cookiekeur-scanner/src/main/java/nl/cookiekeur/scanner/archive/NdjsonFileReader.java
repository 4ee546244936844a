package nl.cookiekeur.scanner.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.EvidenceFormatException;

/**
 * Reads NDJSON evidence lines back into records. Blank lines are skipped and unknown fields ignored; a line
 * of a newer format version, a line without a version and a line that is not a valid record are refused
 * with the file name and line number.
 */
final class NdjsonFileReader {

    private static final int MAX_PROBLEM_CHARS = 300;

    private final ObjectMapper mapper;

    NdjsonFileReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The records in {@code folder/name}; an absent file is empty unless it is required. A line written in a
     * format version above {@code newest} is refused.
     */
    <T> List<T> read(Path folder, String name, Class<T> type, boolean required, int newest) {
        Path file = folder.resolve(name);
        List<T> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    items.add(record(line, type, name, number, newest));
                }
            }
        } catch (NoSuchFileException e) {
            if (required) {
                throw new EvidenceFormatException(
                        "Geen bewijs in " + folder + ": het bestand " + name + " ontbreekt.", e);
            }
        } catch (CharacterCodingException e) {
            throw new EvidenceFormatException(name + ": het bestand is geen geldige UTF-8-tekst.", e);
        } catch (IOException e) {
            throw new EvidenceFormatException("Kan bewijsbestand " + file + " niet lezen: " + e.getMessage(), e);
        }
        return items;
    }

    private <T> T record(String line, Class<T> type, String name, int number, int newest) {
        String where = name + ":" + number + ": ";
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new EvidenceFormatException(where + "geen geldige JSON (" + brief(e) + ").", e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new EvidenceFormatException(where + "de regel is geen JSON-object.");
        }
        JsonNode version = object.remove(EvidenceFiles.VERSION_KEY);
        if (version == null || !version.isInt()) {
            throw new EvidenceFormatException(
                    where + "de formaatversie (\"" + EvidenceFiles.VERSION_KEY + "\") ontbreekt of is geen getal.");
        }
        int v = version.intValue();
        if (v > newest) {
            throw new EvidenceFormatException(where + "bewijsformaat versie " + v
                    + " is nieuwer dan deze Cookiekeur kan lezen (tot en met versie " + newest
                    + "); werk Cookiekeur bij.");
        }
        if (v < 1) {
            throw new EvidenceFormatException(where + "ongeldige formaatversie " + v + ".");
        }
        try {
            return mapper.treeToValue(object, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EvidenceFormatException(
                    where + "geen geldig " + type.getSimpleName() + "-record (" + brief(e) + ").", e);
        }
    }

    private static String brief(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getMessage();
        }
        message = message.replace('\n', ' ').replace('\r', ' ');
        return message.length() <= MAX_PROBLEM_CHARS ? message : message.substring(0, MAX_PROBLEM_CHARS) + "…";
    }
}
