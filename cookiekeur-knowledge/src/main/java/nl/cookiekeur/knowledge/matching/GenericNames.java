package nl.cookiekeur.knowledge.matching;

import java.util.Locale;
import java.util.Set;

/**
 * Names too short or too common to identify a vendor on their own ({@code SR}, {@code id}, {@code session}):
 * entries with such a name or prefix only match with domain or vendor evidence. A few short names are so
 * widely deployed by one vendor that they are distinctive anyway ({@code _ga}).
 */
final class GenericNames {
    /** Names of this length or shorter are generic. */
    static final int MAX_SHORT_LENGTH = 3;

    private static final Set<String> COMMON = Set.of(
            "auth",
            "consent",
            "debug",
            "lang",
            "language",
            "locale",
            "optout",
            "session",
            "sessionid",
            "session_id",
            "state",
            "test",
            "testcookie",
            "token",
            "user",
            "userid",
            "user_id",
            "visitor",
            "visitorid",
            "uuid");

    /** Short names that identify one vendor on their own; keep this list small and reviewed. */
    private static final Set<String> DISTINCTIVE = Set.of("_ga");

    private GenericNames() {}

    /** Whether the name (or prefix) needs domain or vendor evidence before it may match. */
    static boolean isGeneric(String name) {
        String stripped = name.strip();
        if (DISTINCTIVE.contains(stripped)) {
            return false;
        }
        return stripped.length() <= MAX_SHORT_LENGTH || COMMON.contains(stripped.toLowerCase(Locale.ROOT));
    }
}
