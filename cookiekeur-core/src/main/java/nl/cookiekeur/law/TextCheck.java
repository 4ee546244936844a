package nl.cookiekeur.law;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.text.Language;

/** Verifies that every text of the beslisboom exists, non-blank, in every language, with gapless lists. */
final class TextCheck {
    private static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d+)");

    private TextCheck() {}

    static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return map;
    }

    static void verify(Map<Language, Map<String, String>> texts) {
        Set<String> expected = new TreeSet<>(requiredKeys());
        texts.values().forEach(map -> expected.addAll(map.keySet()));
        for (Language language : Language.values()) {
            Map<String, String> map = texts.getOrDefault(language, Map.of());
            String resource = LawResources.textsResource(language);
            for (String key : expected) {
                String text = map.get(key);
                if (text == null) {
                    throw new InvalidLegalDataException(resource, key, "text missing");
                }
                if (text.isBlank()) {
                    throw new InvalidLegalDataException(resource, key, "text is empty");
                }
                checkNoGap(resource, key, map);
            }
        }
    }

    private static void checkNoGap(String resource, String key, Map<String, String> map) {
        Matcher numbered = NUMBERED.matcher(key);
        if (numbered.matches()) {
            int number = Integer.parseInt(numbered.group(2));
            String previous = numbered.group(1) + "." + (number - 1);
            if (number < 1 || (number > 1 && !map.containsKey(previous))) {
                throw new InvalidLegalDataException(resource, key, "list item without " + previous);
            }
        }
    }

    /** The keys every language must have, whatever else the files hold. */
    static Set<String> requiredKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (QuestionId id : QuestionId.values()) {
            String prefix = "question." + id.name() + ".";
            keys.addAll(List.of(prefix + "text", prefix + "explanation", prefix + "example.1"));
            if (id.kind() == QuestionKind.CROSS_CUTTING) {
                String obligation = "obligation." + id.name() + ".";
                keys.addAll(List.of(obligation + "title", obligation + "text", obligation + "step.1"));
            }
        }
        for (AdviceNumber number : AdviceNumber.values()) {
            String prefix = "advice." + number.number() + ".";
            for (String field : List.of("title", "verdict", "informationDuty", "avg", "step.1", "formerly")) {
                keys.add(prefix + field);
            }
        }
        keys.addAll(List.of("consent.rule.1", "sanction.1", "disclaimer"));
        for (ConflictRule rule : ConflictRule.values()) {
            keys.add(rule.textKey());
        }
        for (InvalidAnswerException.Problem problem : InvalidAnswerException.Problem.values()) {
            keys.add(problem.textKey());
        }
        return keys;
    }
}
