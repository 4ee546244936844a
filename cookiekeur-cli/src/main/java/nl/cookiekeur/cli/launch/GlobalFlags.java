package nl.cookiekeur.cli.launch;

import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.text.Language;

/**
 * The language and debug flags read from the raw arguments before parsing, so that even a parse error is
 * reported in the user's language.
 */
record GlobalFlags(Language language, boolean debug) {

    static GlobalFlags scan(String[] args) {
        Language language = Language.DUTCH;
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            } else if (arg.equals("--debug")) {
                debug = true;
            } else if (arg.equals("--lang") && i + 1 < args.length) {
                language = Language.fromCode(args[i + 1]).orElse(language);
            } else if (arg.startsWith("--lang=")) {
                language = Language.fromCode(arg.substring("--lang=".length())).orElse(language);
            }
        }
        return new GlobalFlags(language, debug);
    }

    Messages messages() {
        return Messages.of(language);
    }
}
