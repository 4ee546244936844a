package nl.cookiekeur.cli;

import nl.cookiekeur.CookiekeurException;

/** The user gave input a command cannot work with; the message is already in the user's language. */
public final class BadInputException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String userMessage) {
        super(userMessage);
    }
}
