package nl.cookiekeur.consent;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.text.Language;
import nl.cookiekeur.text.TextResource;

/**
 * The texts of every {@link ConfigProblem.Code} in every {@link Language}, read from
 * {@code config-problems_<language>.properties} and validated when loaded: every code has a text in every
 * language, no text is left over, every text is a valid {@link MessageFormat} pattern (apostrophes written as
 * {@code ''}) and uses exactly the placeholders {@code {0}} to {@code {arity-1}} of its code.
 */
final class ConfigProblemTexts {
    private static final String FOLDER = "/nl/cookiekeur/consent/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private final Map<Language, Map<String, String>> texts;

    private ConfigProblemTexts(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** The shipped texts, loaded and validated once. */
    static ConfigProblemTexts shipped() {
        return Shipped.TEXTS;
    }

    private static final class Shipped {
        static final ConfigProblemTexts TEXTS = load();
    }

    /** Reads and validates the shipped texts. */
    static ConfigProblemTexts load() {
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
    static ConfigProblemTexts of(Map<Language, Map<String, String>> texts) {
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> own = texts.getOrDefault(language, Map.of());
            String resource = resource(language);
            Set<String> expected = new TreeSet<>();
            for (ConfigProblem.Code code : ConfigProblem.Code.values()) {
                expected.add(code.id());
                String text = own.get(code.id());
                if (text == null || text.isBlank()) {
                    throw problem(resource, code.id(), "text missing");
                }
                validate(resource, code, text);
            }
            for (String key : own.keySet()) {
                if (!expected.contains(key)) {
                    throw problem(resource, key, "no problem code uses this text");
                }
            }
            copy.put(language, Map.copyOf(own));
        }
        return new ConfigProblemTexts(copy);
    }

    String format(Language language, ConfigProblem problem) {
        String pattern =
                texts.getOrDefault(language, Map.of()).get(problem.code().id());
        if (pattern == null) {
            throw problem(resource(language), problem.code().id(), "text missing");
        }
        return new MessageFormat(pattern, Locale.ROOT)
                .format(problem.arguments().toArray());
    }

    private static void validate(String resource, ConfigProblem.Code code, String text) {
        String withoutEscapes = text.replace("''", "");
        if (withoutEscapes.indexOf('\'') >= 0) {
            throw problem(resource, code.id(), "single apostrophe: write ''");
        }
        try {
            new MessageFormat(text, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw problem(resource, code.id(), "not a valid MessageFormat pattern: " + e.getMessage());
        }
        Set<Integer> used = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(withoutEscapes);
        while (placeholder.find()) {
            used.add(Integer.parseInt(placeholder.group(1)));
        }
        Set<Integer> wanted = new TreeSet<>();
        for (int i = 0; i < code.arity(); i++) {
            wanted.add(i);
        }
        if (!used.equals(wanted)) {
            throw problem(resource, code.id(), "uses placeholders " + used + " but the code has arguments " + wanted);
        }
    }

    private static IllegalStateException problem(String resource, String key, String what) {
        return new IllegalStateException(resource + ": " + key + ": " + what);
    }

    /** The file name of a language's texts. */
    static String resource(Language language) {
        return "config-problems_" + language.code() + ".properties";
    }

    /** The texts of a file in this package, by key. */
    static Map<String, String> read(String name) {
        Map<String, String> texts;
        try {
            texts = TextResource.read(ConfigProblemTexts.class, FOLDER + name);
        } catch (IOException e) {
            throw problem(name, "-", "cannot be read: " + e.getMessage());
        }
        if (texts == null) {
            throw problem(name, "-", "resource not found on the classpath");
        }
        return texts;
    }
}
