package nl.cookiekeur.cli;

import java.util.Locale;
import java.util.Optional;

/** The output formats every command offers through {@code --format}. */
public enum OutputFormat {
    TEXT,
    JSON,
    MARKDOWN;

    /** The name used on the command line, such as {@code json}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line name, ignoring case. */
    public static Optional<OutputFormat> fromCode(String code) {
        for (OutputFormat format : values()) {
            if (format.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
