package nl.cookiekeur.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.cookiekeur.text.Language;
import nl.cookiekeur.text.TextResource;

/**
 * The web app's own texts in Dutch and English ({@code messages_nl.properties}, {@code messages_en.properties}),
 * checked on load to have the same keys, so a page is never half in one language.
 */
public final class Messages {
    private static final Map<Language, Map<String, String>> TEXTS = load();

    private final Language language;

    private Messages(Language language) {
        this.language = language;
    }

    /** The texts of one language. */
    public static Messages of(Language language) {
        return new Messages(language);
    }

    /** The language of these texts. */
    public Language language() {
        return language;
    }

    /** The text under {@code key} with {@code {0}}, {@code {1}}, … replaced by the arguments. */
    public String get(String key, Object... arguments) {
        String text = texts(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no web text " + key);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    private static Map<String, String> texts(Language language) {
        return Objects.requireNonNull(TEXTS.get(language), language::code);
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String path = "/nl/cookiekeur/web/messages_" + language.code() + ".properties";
            try {
                Map<String, String> read = TextResource.read(Messages.class, path);
                if (read == null) {
                    throw new IllegalStateException("missing " + path);
                }
                texts.put(language, read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<String> dutch = Objects.requireNonNull(texts.get(Language.DUTCH)).keySet();
        for (Language language : Language.values()) {
            Set<String> keys = Objects.requireNonNull(texts.get(language)).keySet();
            if (!keys.equals(dutch)) {
                Set<String> differ = new HashSet<>(dutch);
                differ.removeAll(keys);
                throw new IllegalStateException("web texts differ between nl and " + language.code() + ": " + differ);
            }
        }
        return texts;
    }
}
