package nl.cookiekeur.evidence;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.text.Language;
import nl.cookiekeur.text.TextResource;

/**
 * The texts of every {@link ScanNote} key in every {@link Language}, read from
 * {@code scan-notes_<language>.properties} and validated when loaded: every language has the same keys, every
 * text is a valid {@link MessageFormat} pattern (apostrophes written as {@code ''}), and a key uses the same
 * placeholders in every language.
 */
final class ScanNoteTexts {
    private static final String FOLDER = "/nl/cookiekeur/evidence/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private final Map<Language, Map<String, String>> texts;

    private ScanNoteTexts(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** The shipped texts, loaded and validated once. */
    static ScanNoteTexts shipped() {
        return Shipped.TEXTS;
    }

    private static final class Shipped {
        static final ScanNoteTexts TEXTS = load();
    }

    /** Reads and validates the shipped texts. */
    static ScanNoteTexts load() {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, read(resource(language)));
        }
        return of(texts);
    }

    /**
     * Validates texts per language.
     *
     * @throws IllegalStateException naming the file and key of the first problem
     */
    static ScanNoteTexts of(Map<Language, Map<String, String>> texts) {
        Map<String, String> primary = texts.getOrDefault(Language.DUTCH, Map.of());
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> own = texts.getOrDefault(language, Map.of());
            String resource = resource(language);
            for (Map.Entry<String, String> dutch : new TreeMap<>(primary).entrySet()) {
                String key = dutch.getKey();
                String text = own.get(key);
                if (text == null || text.isBlank()) {
                    throw problem(resource, key, "text missing");
                }
                Set<Integer> used = placeholders(resource, key, text);
                if (!used.equals(placeholders(resource(Language.DUTCH), key, dutch.getValue()))) {
                    throw problem(resource, key, "uses placeholders " + used + ", the Dutch text others");
                }
            }
            for (String key : own.keySet()) {
                if (!primary.containsKey(key)) {
                    throw problem(resource, key, "no Dutch text has this key");
                }
            }
            copy.put(language, Map.copyOf(own));
        }
        return new ScanNoteTexts(copy);
    }

    boolean knows(String key) {
        return texts.getOrDefault(Language.DUTCH, Map.of()).containsKey(key);
    }

    /** The keys of the Dutch texts (every language has the same). */
    Set<String> keys() {
        return new TreeSet<>(texts.getOrDefault(Language.DUTCH, Map.of()).keySet());
    }

    String format(Language language, ScanNote note) {
        String pattern = texts.getOrDefault(language, Map.of()).get(note.key());
        if (pattern == null) {
            return note.key();
        }
        return new MessageFormat(pattern, Locale.ROOT).format(note.arguments().toArray());
    }

    private static Set<Integer> placeholders(String resource, String key, String text) {
        String withoutEscapes = text.replace("''", "");
        if (withoutEscapes.indexOf('\'') >= 0) {
            throw problem(resource, key, "single apostrophe: write ''");
        }
        try {
            new MessageFormat(text, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw problem(resource, key, "not a valid MessageFormat pattern: " + e.getMessage());
        }
        Set<Integer> used = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(withoutEscapes);
        while (placeholder.find()) {
            used.add(Integer.parseInt(placeholder.group(1)));
        }
        return used;
    }

    private static IllegalStateException problem(String resource, String key, String what) {
        return new IllegalStateException(resource + ": " + key + ": " + what);
    }

    /** The file name of a language's texts. */
    static String resource(Language language) {
        return "scan-notes_" + language.code() + ".properties";
    }

    private static Map<String, String> read(String name) {
        Map<String, String> texts;
        try {
            texts = TextResource.read(ScanNoteTexts.class, FOLDER + name);
        } catch (IOException e) {
            throw problem(name, "-", "cannot be read: " + e.getMessage());
        }
        if (texts == null) {
            throw problem(name, "-", "resource not found on the classpath");
        }
        return texts;
    }
}
