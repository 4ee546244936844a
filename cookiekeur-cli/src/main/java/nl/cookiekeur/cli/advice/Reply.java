package nl.cookiekeur.cli.advice;

import java.util.Locale;

/** What the user typed at a question of the wizard. */
enum Reply {
    YES,
    NO,
    BACK,
    EXPLAIN,
    STOP,
    INVALID;

    /** Understands ja/j/yes/y, nee/n/no, terug/back, ?/uitleg/help and stop/quit, ignoring case. */
    static Reply parse(String line) {
        return switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "yes", "y" -> YES;
            case "nee", "n", "no" -> NO;
            case "terug", "back" -> BACK;
            case "?", "uitleg", "help" -> EXPLAIN;
            case "stop", "quit" -> STOP;
            default -> INVALID;
        };
    }
}
