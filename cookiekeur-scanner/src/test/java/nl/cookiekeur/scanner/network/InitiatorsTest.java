package nl.cookiekeur.scanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class InitiatorsTest {

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void topOfTheStackWithAUrlWalkingToAsyncParents() {
        assertThat(Initiators.topScript(json("{\"type\":\"script\",\"stack\":{\"callFrames\":[],"
                        + "\"parent\":{\"callFrames\":[{\"url\":\"\"},{\"url\":\"https://t.nl/a.js\"}]}}}")))
                .isEqualTo("https://t.nl/a.js");
    }

    @Test
    void parserAndUnknownGiveNull() {
        assertThat(Initiators.topScript(json("{\"type\":\"parser\",\"url\":\"https://shop.nl/\"}")))
                .isNull();
        assertThat(Initiators.topScript(json("{\"type\":\"script\",\"url\":\"https://s.nl/x.js\"}")))
                .isEqualTo("https://s.nl/x.js");
        assertThat(Initiators.topScript(null)).isNull();
    }
}
