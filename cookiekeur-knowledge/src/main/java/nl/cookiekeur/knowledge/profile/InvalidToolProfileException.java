package nl.cookiekeur.knowledge.profile;

import java.util.Optional;
import nl.cookiekeur.CookiekeurException;
import org.jspecify.annotations.Nullable;

/** Thrown when a tool profile file is malformed or a profile does not agree with the beslisboom. */
public final class InvalidToolProfileException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final @Nullable String profileId;

    InvalidToolProfileException(SourcePosition position, @Nullable String profileId, String problem) {
        super(position.describe(profileId) + ": " + problem);
        this.source = position.source();
        this.profileId = profileId;
    }

    /** The name of the file or resource that holds the faulty data. */
    public String source() {
        return source;
    }

    /** The id of the faulty profile, when the fault lies within one profile whose id is known. */
    public Optional<String> profileId() {
        return Optional.ofNullable(profileId);
    }
}
