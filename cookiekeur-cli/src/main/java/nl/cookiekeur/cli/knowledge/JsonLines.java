package nl.cookiekeur.cli.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;

/** Writes records as JSON Lines: one compact JSON object per line, fields in record order. */
final class JsonLines {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer();

    private JsonLines() {}

    static void print(PrintWriter out, Object value) {
        try {
            out.println(WRITER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
