package nl.cookiekeur.text;

import java.util.Locale;
import java.util.Optional;

/** A language in which Cookiekeur speaks to its users; Dutch is the primary one. */
public enum Language {
    DUTCH("nl"),
    ENGLISH("en");

    private final String code;
    private final Locale locale;

    Language(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    /** The ISO 639-1 code, such as {@code nl}. */
    public String code() {
        return code;
    }

    /** The locale for resource bundles in this language. */
    public Locale locale() {
        return locale;
    }

    /** Parses an ISO 639-1 code ({@code nl}, {@code en}), ignoring case. */
    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
