package nl.cookiekeur.compliance;

import java.util.Objects;

/**
 * A check that could not be evaluated because it failed: the assessment is incomplete, and a report says so
 * instead of presenting the missing check as passed or as work for a person.
 *
 * @param checkId the check id, such as {@code NL-CK-07}
 * @param title the check's title
 * @param reason what went wrong: the exception's class and message, without a stack trace
 */
public record CheckError(String checkId, LocalizedText title, String reason) {
    private static final int MAX_REASON_CHARS = 300;

    public CheckError {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
    }

    /** The reason for a failure: the exception's simple class name and its message's first line, bounded. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        String reason = line.isEmpty()
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + line;
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS - 1) + "…";
    }
}
