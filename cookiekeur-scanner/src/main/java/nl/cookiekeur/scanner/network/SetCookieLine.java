package nl.cookiekeur.scanner.network;

import java.util.Locale;

/**
 * The identifying parts of one {@code Set-Cookie} header line: the cookie's name and the Domain attribute
 * (empty for a host-only cookie).
 *
 * @param name the cookie name
 * @param domain the Domain attribute without a leading dot, lower case, or empty
 */
public record SetCookieLine(String name, String domain) {

    /** Parses a header line; the name is the part before the first {@code =}, trimmed. */
    public static SetCookieLine parse(String line) {
        String[] parts = line.split(";", 50);
        String first = parts[0];
        int eq = first.indexOf('=');
        String name = (eq < 0 ? "" : first.substring(0, eq)).strip();
        String domain = "";
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            int at = attribute.indexOf('=');
            if (at > 0 && attribute.substring(0, at).strip().equalsIgnoreCase("domain")) {
                domain = attribute.substring(at + 1).strip().toLowerCase(Locale.ROOT);
                while (domain.startsWith(".")) {
                    domain = domain.substring(1);
                }
            }
        }
        return new SetCookieLine(name, domain);
    }
}
