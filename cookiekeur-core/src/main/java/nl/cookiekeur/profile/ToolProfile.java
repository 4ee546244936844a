package nl.cookiekeur.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.AnsweredQuestion;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.CrossCuttingObligation;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.text.Language;

/**
 * A widely used web technology with its answers to the beslisboom and the advice the {@code Advisor} reached for
 * those answers, so that the advice is always computed and never typed in.
 *
 * @param id stable kebab-case id, such as {@code microsoft-clarity}
 * @param kind the group it belongs to
 * @param answers the answers along its path through the beslisboom, plus any cross-cutting answers
 * @param verdict the Advisor's verdict for {@code answers}; its path must agree with the answers
 * @param texts name, vendor, rationale, conditions and uncertainties in every {@link Language}
 * @param citations the legal and vendor sources that support the answers; at least one, ids unique
 */
public record ToolProfile(
        String id,
        ToolKind kind,
        Answers answers,
        Verdict.Concluded verdict,
        Map<Language, ToolProfileText> texts,
        List<Citation> citations) {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ToolProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(verdict, "verdict");
        texts = Map.copyOf(texts);
        citations = List.copyOf(citations);
        if (!isValidId(id)) {
            throw new IllegalArgumentException("id must be kebab-case (a-z, 0-9, single hyphens): " + id);
        }
        for (Language language : Language.values()) {
            if (!texts.containsKey(language)) {
                throw new IllegalArgumentException("text missing in " + language.code() + ": " + id);
            }
        }
        requireDistinctCitations(id, citations);
        requireVerdictFollowsAnswers(id, answers, verdict);
    }

    /** Whether the text is a valid profile id: lower-case letters and digits in groups joined by single hyphens. */
    public static boolean isValidId(String id) {
        return KEBAB_CASE.matcher(id).matches();
    }

    /** The name in Dutch, the primary language, such as "Winkelmandje". */
    public String name() {
        return text(Language.DUTCH).name();
    }

    /** The name in this language. */
    public String name(Language language) {
        return text(language).name();
    }

    /** The party behind the technology, in Dutch, the primary language. */
    public String vendor() {
        return text(Language.DUTCH).vendor();
    }

    /** The party behind the technology, in this language. */
    public String vendor(Language language) {
        return text(language).vendor();
    }

    /** The advice the Advisor reached for this tool. */
    public AdviceNumber advice() {
        return verdict.advice().number();
    }

    /** Whether prior consent is required before the tool may store or read information. */
    public boolean consentRequired() {
        return verdict.advice().consentRequired();
    }

    /** Whether the Telecommunicatiewet information duty (art. 11.7a lid 1 onder a) applies. */
    public boolean informationDuty() {
        return verdict.advice().informationDuty();
    }

    /** Obligations added by cross-cutting answers, such as a DPIA. */
    public List<CrossCuttingObligation> obligations() {
        return verdict.obligations();
    }

    /** The explanation in this language. */
    public ToolProfileText text(Language language) {
        return Objects.requireNonNull(texts.get(language), language::code);
    }

    /** The ids of the cited sources, in citation order. */
    public List<String> citationIds() {
        return citations.stream().map(Citation::id).toList();
    }

    private static void requireDistinctCitations(String id, List<Citation> citations) {
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("at least one citation is needed: " + id);
        }
        Set<String> seen = new HashSet<>();
        for (Citation citation : citations) {
            if (!seen.add(citation.id())) {
                throw new IllegalArgumentException("citation " + citation.id() + " cited twice: " + id);
            }
        }
    }

    private static void requireVerdictFollowsAnswers(String id, Answers answers, Verdict.Concluded verdict) {
        for (AnsweredQuestion step : verdict.path().steps()) {
            if (answers.answer(step.question()).orElse(!step.answer()) != step.answer()) {
                throw new IllegalArgumentException(
                        "verdict path does not follow from the answers at " + step.question() + ": " + id);
            }
        }
    }
}
