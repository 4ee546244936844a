package nl.cookiekeur.reporting.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.compliance.Confidence;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.text.Language;

/**
 * The fixed words of the reports (headings, labels, the names of severities, phases and categories) in one
 * language, read from {@code words_nl.properties} or {@code words_en.properties} next to this class. The
 * file is chosen by the language's code, never by the default locale.
 */
public final class Words {
    private static final Map<Language, Words> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final Properties words;

    private Words(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    /** The words in the given language. */
    public static synchronized Words of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Words(l, load(l)));
    }

    /** The language of these words. */
    public Language language() {
        return language;
    }

    /** The word for a key; a missing key is a programming error. */
    public String get(String key) {
        String word = words.getProperty(key);
        if (word == null) {
            throw new IllegalArgumentException("no report word for key " + key + " in " + language.code());
        }
        return word;
    }

    /** The word for a key with {@code {0}}, {@code {1}}, … replaced by the arguments, in order. */
    public String get(String key, Object... arguments) {
        String word = get(key);
        for (int i = 0; i < arguments.length; i++) {
            word = word.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return word;
    }

    /** All keys (for tests that compare the two languages). */
    public Set<String> keys() {
        return words.stringPropertyNames();
    }

    /** The name of a severity, such as "kritiek". */
    public String severity(Severity severity) {
        return get("severity." + severity.code());
    }

    /** The name of a confidence, such as "zeker". */
    public String confidence(Confidence confidence) {
        return get("confidence." + confidence.name().toLowerCase(Locale.ROOT));
    }

    /** The name of a phase, such as "Na weigeren". */
    public String phase(Phase phase) {
        return get("phase." + phase.code());
    }

    /** The name of a category, such as "statistieken". */
    public String category(Category category) {
        return get("category." + category.id());
    }

    /** An advice number with its meaning in words, such as "advies 7: Tracking door derden via uw site". */
    public String advice(int number) {
        return get("advice.meaning", number, AdviceTitles.title(number, language));
    }

    /** Yes or no. */
    public String yesNo(boolean value) {
        return get(value ? "yes" : "no");
    }

    private static Properties load(Language language) {
        String file = "words_" + language.code() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing report words " + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
