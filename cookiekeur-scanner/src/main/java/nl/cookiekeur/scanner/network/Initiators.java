package nl.cookiekeur.scanner.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/** Reads the script responsible for a request from a CDP {@code Network.Initiator}. */
public final class Initiators {
    private static final int MAX_DEPTH = 20;

    private Initiators() {}

    /**
     * The URL of the script at the top of the initiator's stack (walking to async parents when the top has
     * no URL), else the initiator's own URL for a script initiator; {@code null} for the HTML parser, a
     * navigation, or when nothing is known.
     */
    public static @Nullable String topScript(@Nullable JsonObject initiator) {
        if (initiator == null) {
            return null;
        }
        JsonObject stack = object(initiator, "stack");
        for (int depth = 0; stack != null && depth < MAX_DEPTH; depth++) {
            JsonElement frames = stack.get("callFrames");
            if (frames instanceof JsonArray array) {
                for (JsonElement frame : array) {
                    String url = frame.isJsonObject() ? string(frame.getAsJsonObject(), "url") : "";
                    if (!url.isEmpty()) {
                        return url;
                    }
                }
            }
            stack = object(stack, "parent");
        }
        String type = string(initiator, "type");
        String url = string(initiator, "url");
        return "script".equals(type) && !url.isEmpty() ? url : null;
    }

    static @Nullable JsonObject object(JsonObject parent, String name) {
        JsonElement element = parent.get(name);
        return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    }

    static String string(JsonObject parent, String name) {
        JsonElement element = parent.get(name);
        return element != null && element.isJsonPrimitive() ? element.getAsString() : "";
    }

    static double number(JsonObject parent, String name, double otherwise) {
        JsonElement element = parent.get(name);
        return element != null
                        && element.isJsonPrimitive()
                        && element.getAsJsonPrimitive().isNumber()
                ? element.getAsDouble()
                : otherwise;
    }

    static boolean bool(JsonObject parent, String name) {
        JsonElement element = parent.get(name);
        return element != null && element.isJsonPrimitive() && element.getAsBoolean();
    }
}
