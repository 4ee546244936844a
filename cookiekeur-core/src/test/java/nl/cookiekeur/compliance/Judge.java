package nl.cookiekeur.compliance;

import java.util.List;
import java.util.stream.Stream;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.facts.ToolFacts;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;

/**
 * The assessor over the small test knowledge, and short ways to look at its findings. An assessment in which a
 * check failed is refused ({@link AssertionError}), so an assertion such as {@code findings(…).isEmpty()}
 * cannot pass because the check crashed.
 */
final class Judge {
    static final SmallKnowledge KNOWLEDGE = new SmallKnowledge();
    static final DecisionTree TREE = DecisionTree.load();
    static final Assessor ASSESSOR =
            new Assessor(KNOWLEDGE, KNOWLEDGE, new CookieAdvisor(new Advisor(TREE)), TREE.citations());

    private Judge() {}

    static Assessment assess(ScanEvidence evidence) {
        return complete(ASSESSOR.assess(evidence));
    }

    /** The assessment with the owner's site facts. */
    static Assessment assess(ScanEvidence evidence, SiteFacts facts) {
        return complete(ASSESSOR.assess(evidence, facts));
    }

    /** Site facts that declare every analytics exemption setting for these tools. */
    static SiteFacts declaring(String... toolIds) {
        return new SiteFacts(Stream.of(toolIds)
                .map(id -> new ToolFacts(id, true, true, true, true))
                .toList());
    }

    /** The findings of one check, judged with site facts. */
    static List<Finding> findings(ScanEvidence evidence, SiteFacts facts, CheckId check) {
        return assess(evidence, facts).findings().stream()
                .filter(f -> f.checkId().equals(check.id()))
                .toList();
    }

    /** The assessment, when every check could be evaluated; fails the test naming the checks that failed. */
    static Assessment complete(Assessment assessment) {
        if (!assessment.complete()) {
            throw new AssertionError("checks could not be evaluated: "
                    + assessment.checkErrors().stream()
                            .map(e -> e.checkId() + " (" + e.reason() + ")")
                            .toList());
        }
        return assessment;
    }

    /** The findings of one check. */
    static List<Finding> findings(ScanEvidence evidence, CheckId check) {
        return assess(evidence).findings().stream()
                .filter(f -> f.checkId().equals(check.id()))
                .toList();
    }

    /** The evidence labels of the findings of one check. */
    static List<String> labels(List<Finding> findings) {
        return findings.stream()
                .flatMap(f -> f.evidence().stream())
                .map(EvidenceRef::label)
                .toList();
    }

    /** Whether the assessment asks a person to review the check. */
    static boolean manual(ScanEvidence evidence, CheckId check) {
        return assess(evidence).manualChecks().stream()
                .anyMatch(m -> m.checkId().equals(check.id()));
    }
}
