package nl.cookiekeur.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import nl.cookiekeur.text.Language;

/** Reads the beslisboom's UTF-8 property resources from the classpath. */
final class LawResources {
    static final String STRUCTURE = "beslisboom.properties";
    static final String CITATIONS = "citations.properties";
    private static final String FOLDER = "/nl/cookiekeur/law/";
    private static final Map<Language, Properties> MESSAGES = new EnumMap<>(Language.class);

    private LawResources() {}

    static String textsResource(Language language) {
        return "texts_" + language.code() + ".properties";
    }

    static Properties read(String name) {
        try (InputStream in = LawResources.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new InvalidLegalDataException(name, "-", "resource not found on the classpath");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new InvalidLegalDataException(name, "-", "cannot be read: " + e.getMessage());
        }
    }

    /** A message from the texts of this language with {@code {0}} replaced by the argument. */
    static String message(Language language, String key, String argument) {
        Properties texts;
        synchronized (MESSAGES) {
            texts = MESSAGES.computeIfAbsent(language, l -> read(textsResource(l)));
        }
        String template = texts.getProperty(key);
        if (template == null) {
            throw new InvalidLegalDataException(textsResource(language), key, "text missing");
        }
        return template.replace("{0}", argument);
    }
}
