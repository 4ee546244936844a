package nl.cookiekeur.classification;

import java.time.Duration;
import java.util.Objects;

/** How long a cookie or key is kept, as normalised from the free text of a knowledge source. */
public sealed interface Retention {

    /** Deleted when the browser session ends. */
    record Session() implements Retention {}

    /** Kept for a fixed time (zero means removed at once). */
    record Fixed(Duration duration) implements Retention {
        public Fixed {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative: " + duration);
            }
        }
    }

    /** Kept without a stated end (the source says "persistent" or "forever"). */
    record Persistent() implements Retention {}

    /** The source gives no usable retention; {@code text} is what it said (may be empty). */
    record Unknown(String text) implements Retention {
        public Unknown {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A session retention. */
    static Retention session() {
        return new Session();
    }

    /** A fixed retention of the given duration. */
    static Retention of(Duration duration) {
        return new Fixed(duration);
    }

    /** A retention without a stated end. */
    static Retention persistent() {
        return new Persistent();
    }

    /** An unknown retention, keeping the original text. */
    static Retention unknown(String text) {
        return new Unknown(text);
    }
}
