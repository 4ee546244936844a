package nl.cookiekeur.scanner.page;

import java.security.SecureRandom;

/**
 * A random global name for what Cookiekeur puts into a page (a collector, a marker), so a hostile page can neither
 * guess nor shadow it.
 */
final class HiddenName {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private HiddenName() {}

    /** Two underscores and fourteen random letters. */
    static String random() {
        StringBuilder name = new StringBuilder("__");
        for (int i = 0; i < 14; i++) {
            name.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return name.toString();
    }
}
