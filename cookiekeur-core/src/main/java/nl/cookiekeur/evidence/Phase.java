package nl.cookiekeur.evidence;

import java.util.Locale;
import java.util.Optional;

/** A phase of a scan: each starts from a fresh browser profile unless stated otherwise. */
public enum Phase {
    /** Load, settle, scroll and dwell; no click. */
    INITIAL,
    /** Refuse through the banner, then reload and visit a deeper page. */
    REJECT,
    /** Accept all through the banner, then observe what the choice released. */
    ACCEPT,
    /** After accepting, reopen the choice, refuse, and observe whether cookies go and trackers stop. */
    WITHDRAW;

    /** The lower-case code used on the command line and in files, such as {@code initial}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code such as {@code reject}, ignoring case and surrounding space. */
    public static Optional<Phase> fromCode(String code) {
        for (Phase phase : values()) {
            if (phase.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
