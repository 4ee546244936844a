package nl.cookiekeur.compliance;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.cookiekeur.law.InvalidLegalDataException;
import nl.cookiekeur.text.Language;
import nl.cookiekeur.text.TextResource;

/**
 * The title, explanation, remediation and review texts of every check in Dutch and English, read from
 * {@code checks_nl.properties} and {@code checks_en.properties} and validated when loaded: every check has
 * every text in both languages, both languages have the same keys, and every text is a valid
 * {@link MessageFormat} pattern (apostrophes written as {@code ''} or {@code ’}).
 */
final class CheckTexts {
    private static final String FOLDER = "/nl/cookiekeur/compliance/";
    private static final List<String> REQUIRED = List.of("title", "explanation", "remediation", "review");

    private final Map<Language, Map<String, String>> texts;

    private CheckTexts(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** Loads the shipped texts and validates them against the checks. */
    static CheckTexts load(List<Check> checks) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, read(resource(language)));
        }
        return of(texts, checks);
    }

    /** Validates the given texts against the checks. */
    static CheckTexts of(Map<Language, Map<String, String>> texts, List<Check> checks) {
        Set<String> expected = new TreeSet<>();
        for (Check check : checks) {
            String id = check.id().id();
            REQUIRED.forEach(field -> expected.add(id + "." + field));
            check.variants().forEach(variant -> expected.add(id + "." + variant));
        }
        for (Language language : Language.values()) {
            Map<String, String> own = texts.getOrDefault(language, Map.of());
            String resource = resource(language);
            for (String key : expected) {
                String text = own.get(key);
                if (text == null || text.isBlank()) {
                    throw new InvalidLegalDataException(resource, key, "text missing");
                }
            }
            for (Map.Entry<String, String> entry : own.entrySet()) {
                if (!expected.contains(entry.getKey())) {
                    throw new InvalidLegalDataException(resource, entry.getKey(), "no check uses this text");
                }
                validate(resource, entry.getKey(), entry.getValue());
            }
        }
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        texts.forEach((language, map) -> copy.put(language, Map.copyOf(map)));
        return new CheckTexts(copy);
    }

    /** The text of a check in both languages, with the arguments filled in. */
    LocalizedText text(CheckId check, String field, List<String> arguments) {
        return new LocalizedText(
                format(Language.DUTCH, check, field, arguments), format(Language.ENGLISH, check, field, arguments));
    }

    /** Whether the check has a text under this field (such as {@code explanation.nowhere}). */
    boolean has(CheckId check, String field) {
        return texts.getOrDefault(Language.DUTCH, Map.of()).containsKey(check.id() + "." + field);
    }

    private String format(Language language, CheckId check, String field, List<String> arguments) {
        String key = check.id() + "." + field;
        String pattern = texts.getOrDefault(language, Map.of()).get(key);
        if (pattern == null) {
            throw new InvalidLegalDataException(resource(language), key, "text missing");
        }
        return new MessageFormat(pattern, Locale.ROOT).format(arguments.toArray());
    }

    private static void validate(String resource, String key, String text) {
        String withoutEscapes = text.replace("''", "");
        if (withoutEscapes.indexOf('\'') >= 0) {
            throw new InvalidLegalDataException(resource, key, "single apostrophe: write '' or ’");
        }
        try {
            new MessageFormat(text, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidLegalDataException(resource, key, "not a valid MessageFormat pattern: " + e.getMessage());
        }
    }

    private static String resource(Language language) {
        return "checks_" + language.code() + ".properties";
    }

    private static Map<String, String> read(String name) {
        Map<String, String> texts;
        try {
            texts = TextResource.read(CheckTexts.class, FOLDER + name);
        } catch (IOException e) {
            throw new InvalidLegalDataException(name, "-", "cannot be read: " + e.getMessage());
        }
        if (texts == null) {
            throw new InvalidLegalDataException(name, "-", "resource not found on the classpath");
        }
        return texts;
    }
}
