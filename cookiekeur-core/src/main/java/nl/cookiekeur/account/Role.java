package nl.cookiekeur.account;

import java.util.Locale;
import java.util.Optional;

/** What a signed-in user may do: an admin manages users and settings, an editor changes sites, a viewer reads. */
public enum Role {
    ADMIN,
    EDITOR,
    VIEWER;

    /** Whether this role may change state (add sites, start scans, publish). */
    public boolean mayChange() {
        return this != VIEWER;
    }

    /** The lower-case name used on the command line and in the database, such as {@code admin}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code admin}, {@code editor} or {@code viewer}, ignoring case. */
    public static Optional<Role> fromId(String id) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
