package nl.cookiekeur.cli.knowledge;

import java.util.Objects;

/** The outcome of reading one input row: a cookie, or a one-line reason why the row is malformed. */
sealed interface RowReading {

    /** The row was read. */
    record Read(ObservedRow row) implements RowReading {
        public Read {
            Objects.requireNonNull(row, "row");
        }
    }

    /** The row is malformed; {@code message} names the problem in the user's language. */
    record Malformed(int line, String message) implements RowReading {
        public Malformed {
            Objects.requireNonNull(message, "message");
        }
    }
}
