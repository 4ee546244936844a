package nl.cookiekeur.scanner.banner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.cookiekeur.evidence.ControlRole;

/**
 * Classifies banner controls by their visible text: first our own Dutch/English patterns for saving a selection and
 * closing, then DuckDuckGo's labelled button texts (exact lookup), then our own patterns for the other roles.
 */
final class ButtonTexts {

    static final String RESOURCE = "ddg-consent-button-texts/labelled-button-texts.csv";

    private record Rule(Pattern pattern, ControlRole role) {}

    private static final List<Rule> BEFORE_LOOKUP = List.of(
            new Rule(
                    Pattern.compile("selecti|selected|geselecteerd|opslaan|bewaar|save|keuze bevestigen"
                            + "|bevestig (mijn )?keuze|confirm (my )?choice|sla .*op|mijn keuze|confirm selection"),
                    ControlRole.SAVE),
            new Rule(Pattern.compile("^(×|✕|✖|x|close|sluit|sluiten|terug|back|dismiss)$"), ControlRole.CLOSE));

    private static final List<Rule> AFTER_LOOKUP = List.of(
            new Rule(
                    Pattern.compile(
                            "weiger|afwijz|wijs .*af|niet akkoord|zonder (te )?accept|doorgaan zonder|without accept|continue without|niet accepteren|alleen (de )?(strikt )?"
                                    + "noodzakelijk|alleen functione|enkel (de )?(strikt )?(noodzakelijk|essenti|functione)|reject|decline|deny|refuse|disagree|necessary only"
                                    + "|only necessary|essential only|only essential|opt.?out|^nee\\b|^no\\b"),
                    ControlRole.REJECT),
            new Rule(
                    Pattern.compile("instelling|voorkeur|aanpassen|beheer|wijzig|manage|setting|preference|customi"
                            + "|options|opties|personali|kies zelf|zelf kiezen|choose|details|configur"),
                    ControlRole.SETTINGS),
            new Rule(
                    Pattern.compile(
                            "accept|akkoord|aanvaard|toestaan|sta .*toe|allow|agree|^ok\\b|^ja\\b|prima|got it|begrepen"
                                    + "|doorgaan|continue|ik snap het|goed"),
                    ControlRole.ACCEPT),
            new Rule(Pattern.compile("sluit|close"), ControlRole.CLOSE),
            new Rule(
                    Pattern.compile("beleid|verklaring|policy|statement|notice|meer info|lees meer|learn more"
                            + "|more info|read more|privacy|cookie"),
                    ControlRole.MORE_INFO));

    private final Map<String, ControlRole> labelled;

    private ButtonTexts(Map<String, ControlRole> labelled) {
        this.labelled = Map.copyOf(labelled);
    }

    /** Loads the shipped labelled texts. */
    static ButtonTexts shipped() {
        Map<String, ControlRole> map = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(ButtonTexts.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                int last = line.lastIndexOf(',');
                int middle = last > 0 ? line.lastIndexOf(',', last - 1) : -1;
                if (middle <= 0) {
                    continue;
                }
                String text = unquote(line.substring(0, middle));
                ControlRole role = roleOf(line.substring(last + 1).strip());
                if (role != ControlRole.OTHER) {
                    map.putIfAbsent(normalise(text), role);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ButtonTexts(map);
    }

    /** The number of labelled texts loaded (other than "other"). */
    int size() {
        return labelled.size();
    }

    /** The role of a control with this visible text (or accessible name). */
    ControlRole classify(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return ControlRole.OTHER;
        }
        for (Rule rule : BEFORE_LOOKUP) {
            if (rule.pattern().matcher(t).find()) {
                return rule.role();
            }
        }
        ControlRole known = labelled.get(t);
        if (known != null) {
            return known;
        }
        for (Rule rule : AFTER_LOOKUP) {
            if (rule.pattern().matcher(t).find()) {
                return rule.role();
            }
        }
        return ControlRole.OTHER;
    }

    static String normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return t.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    private static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            return f.substring(1, f.length() - 1).replace("\"\"", "\"");
        }
        return f;
    }

    private static ControlRole roleOf(String label) {
        return switch (label) {
            case "accept", "acknowledge" -> ControlRole.ACCEPT;
            case "reject" -> ControlRole.REJECT;
            case "settings" -> ControlRole.SETTINGS;
            default -> ControlRole.OTHER;
        };
    }
}
