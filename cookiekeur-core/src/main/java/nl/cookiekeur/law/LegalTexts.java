package nl.cookiekeur.law;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.text.Language;

/** Every user-facing text of the beslisboom, in Dutch and English, validated complete on load. */
public final class LegalTexts {
    private final Map<Language, Map<String, String>> byLanguage;

    LegalTexts(Map<Language, Map<String, String>> byLanguage) {
        this.byLanguage = new EnumMap<>(byLanguage);
    }

    /** The wording of a question. */
    public QuestionText question(QuestionId id, Language language) {
        String prefix = "question." + id.name() + ".";
        return new QuestionText(
                required(prefix + "text", language),
                required(prefix + "explanation", language),
                list(prefix + "example", language));
    }

    /** The wording of an advice; consent rules and sanctions are included when consent is required. */
    public AdviceText advice(Advice advice, Language language) {
        String prefix = "advice." + advice.number().number() + ".";
        boolean consent = advice.consentRequired();
        return new AdviceText(
                required(prefix + "title", language),
                required(prefix + "verdict", language),
                required(prefix + "informationDuty", language),
                required(prefix + "avg", language),
                consent ? list("consent.rule", language) : List.of(),
                list(prefix + "step", language),
                consent ? list("sanction", language) : List.of(),
                required(prefix + "formerly", language));
    }

    /** The wording of the obligation added by a cross-cutting question answered "ja". */
    public ObligationText obligation(QuestionId crossCutting, Language language) {
        String prefix = "obligation." + crossCutting.name() + ".";
        return new ObligationText(
                required(prefix + "title", language),
                required(prefix + "text", language),
                list(prefix + "step", language));
    }

    /** Why answers breaking this rule contradict each other, and how to correct them. */
    public String conflict(ConflictRule rule, Language language) {
        return required(rule.textKey(), language);
    }

    /** The text under this key, if present. */
    public Optional<String> find(String key, Language language) {
        return Optional.ofNullable(all(language).get(key));
    }

    /** Every text in this language, by key. */
    public Map<String, String> all(Language language) {
        Map<String, String> texts = byLanguage.get(language);
        return texts == null ? Map.of() : texts;
    }

    private String required(String key, Language language) {
        String text = all(language).get(key);
        if (text == null) {
            throw new InvalidLegalDataException(LawResources.textsResource(language), key, "text missing");
        }
        return text;
    }

    private List<String> list(String prefix, Language language) {
        return numbered(all(language), prefix);
    }

    /** The values of {@code prefix.1}, {@code prefix.2}, … up to the first gap. */
    static List<String> numbered(Map<String, String> texts, String prefix) {
        List<String> items = new ArrayList<>();
        for (int i = 1; texts.containsKey(prefix + "." + i); i++) {
            items.add(texts.get(prefix + "." + i));
        }
        return List.copyOf(items);
    }
}
