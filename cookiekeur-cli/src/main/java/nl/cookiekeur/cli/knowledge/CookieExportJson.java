package nl.cookiekeur.cli.knowledge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON that cookie-export extensions (Cookie-Editor, EditThisCookie), the browsers' extension API
 * and Playwright's storage state write: an array of cookie objects, or an object with a {@code cookies}
 * array. Field names as in {@link CookieColumn}; records are numbered from 1 in messages.
 */
final class CookieExportJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CookieExportJson() {}

    /** Every record of the document, read or malformed; a document that is not such JSON is bad input. */
    static List<RowReading> read(String document, ObservedCookieFields fields, Messages messages) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException e) {
            throw new BadInputException(messages.get("classify.error.json", e.getOriginalMessage()));
        }
        JsonNode cookies = root != null && root.isObject() ? root.get("cookies") : root;
        if (cookies == null || !cookies.isArray()) {
            throw new BadInputException(messages.get("classify.error.json", "[...]"));
        }
        List<RowReading> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode node : cookies) {
            number++;
            rows.add(row(number, node, fields, messages));
        }
        return rows;
    }

    private static RowReading row(int number, JsonNode node, ObservedCookieFields fields, Messages messages) {
        if (!node.isObject()) {
            return new RowReading.Malformed(number, messages.get("classify.row.item", number, "{...}"));
        }
        try {
            return new RowReading.Read(new ObservedRow(
                    number, fields.cookie(column -> value(node, column)), fields.label(column -> value(node, column))));
        } catch (ObservedCookieFields.MalformedField e) {
            return new RowReading.Malformed(number, messages.get("classify.row.item", number, e.text()));
        }
    }

    private static @Nullable String value(JsonNode node, CookieColumn column) {
        List<String> names = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            names.add(field.getKey());
            values.add(field.getValue());
        }
        int index = column.indexIn(names);
        if (index < 0 || values.get(index).isNull()) {
            return null;
        }
        JsonNode value = values.get(index);
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
