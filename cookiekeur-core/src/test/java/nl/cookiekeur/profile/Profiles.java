package nl.cookiekeur.profile;

import java.util.List;
import java.util.Map;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.text.Language;

/** Builds real tool profiles for tests, with the verdict computed by the real Advisor. */
final class Profiles {
    static final DecisionTree TREE = DecisionTree.load();
    static final Advisor ADVISOR = new Advisor(TREE);
    static final Map<Language, ToolProfileText> TEXTS = Map.of(
            Language.DUTCH,
                    new ToolProfileText("Winkelmandje", "eigen webwinkel", "Reden.", List.of("Voorwaarde."), List.of()),
            Language.ENGLISH,
                    new ToolProfileText(
                            "Shopping cart", "your own web shop", "Reason.", List.of("Condition."), List.of()));

    private Profiles() {}

    static Verdict.Concluded concluded(String answers) {
        return (Verdict.Concluded) ADVISOR.advise(Answers.parse(answers));
    }

    static ToolProfile profile(String id, String answers) {
        return new ToolProfile(
                id,
                ToolKind.NECESSARY,
                Answers.parse(answers),
                concluded(answers),
                TEXTS,
                List.of(TREE.citations().find("tw-11.7a-3b").orElseThrow()));
    }
}
