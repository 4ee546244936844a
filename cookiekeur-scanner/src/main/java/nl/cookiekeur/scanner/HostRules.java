package nl.cookiekeur.scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What Chromium's {@code --host-resolver-rules} say about one host, read the way Chromium reads them: an
 * {@code EXCLUDE} rule leaves the host to the real DNS, else the first {@code MAP} rule whose pattern matches
 * decides (a pattern with a port matches only that port); {@code ~NOTFOUND} makes the name unresolvable.
 */
final class HostRules {

    /** What the rules decide for a host. */
    enum Decision {
        /** No rule applies: the real DNS decides. */
        DNS,
        /** A rule maps the host to another address. */
        MAPPED,
        /** A rule makes the name unresolvable. */
        NOT_FOUND
    }

    private record Rule(boolean exclude, Pattern pattern, boolean withPort, String replacement) {}

    private final List<Rule> rules;

    private HostRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** The rules as given to Chromium, or none. */
    static HostRules parse(@Nullable String text) {
        List<Rule> rules = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String[] words = part.strip().split("\\s+");
                String verb = words[0].toUpperCase(Locale.ROOT);
                if (verb.equals("EXCLUDE") && words.length >= 2) {
                    rules.add(rule(true, words[1], ""));
                } else if (verb.equals("MAP") && words.length >= 3) {
                    rules.add(rule(false, words[1], words[2]));
                }
            }
        }
        return new HostRules(rules);
    }

    /** What the rules decide for {@code host} on {@code port}. */
    Decision decide(String host, int port) {
        String name = host.toLowerCase(Locale.ROOT);
        String withPort = name + ":" + port;
        if (rules.stream().anyMatch(r -> r.exclude() && matches(r, name, withPort))) {
            return Decision.DNS;
        }
        return rules.stream()
                .filter(r -> !r.exclude() && matches(r, name, withPort))
                .findFirst()
                .map(r -> r.replacement().equalsIgnoreCase("~NOTFOUND") ? Decision.NOT_FOUND : Decision.MAPPED)
                .orElse(Decision.DNS);
    }

    private static boolean matches(Rule rule, String name, String withPort) {
        return rule.pattern().matcher(rule.withPort() ? withPort : name).matches();
    }

    private static Rule rule(boolean exclude, String pattern, String replacement) {
        String glob = pattern.toLowerCase(Locale.ROOT);
        boolean withPort = glob.matches(".*:\\d+");
        StringBuilder regex = new StringBuilder();
        for (String piece : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(piece));
        }
        return new Rule(exclude, Pattern.compile(regex.toString()), withPort, replacement);
    }
}
