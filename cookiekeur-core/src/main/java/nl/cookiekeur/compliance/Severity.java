package nl.cookiekeur.compliance;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, from most to least; the Dutch codes are the ones users type. */
public enum Severity {
    KRITIEK,
    HOOG,
    MIDDEL,
    LAAG,
    INFO;

    /** The lower-case Dutch code, such as {@code kritiek}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at or above the given level ({@code KRITIEK} is the highest). */
    public boolean atLeast(Severity level) {
        return compareTo(level) <= 0;
    }

    /** Parses a Dutch code such as {@code hoog}, ignoring case and surrounding space. */
    public static Optional<Severity> fromCode(String code) {
        for (Severity severity : values()) {
            if (severity.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
