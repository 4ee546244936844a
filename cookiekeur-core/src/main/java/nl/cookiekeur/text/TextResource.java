package nl.cookiekeur.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 {@code .properties} file of texts from the classpath (Java's own loader would read a stream
 * as ISO-8859-1); each text is stripped of surrounding white space.
 */
public final class TextResource {
    private TextResource() {}

    /**
     * The texts by key, or {@code null} when {@code path} is not on the classpath of {@code owner}.
     *
     * @throws IOException when the file exists but cannot be read
     */
    public static @Nullable Map<String, String> read(Class<?> owner, String path) throws IOException {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                texts.put(key, properties.getProperty(key).strip());
            }
            return texts;
        }
    }
}
