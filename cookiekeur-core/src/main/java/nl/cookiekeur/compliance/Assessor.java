package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.Screenshot;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.CitationCatalogue;
import nl.cookiekeur.law.InvalidLegalDataException;

/**
 * Judges the evidence of a scan: runs every check of the {@link CheckCatalogue} over one
 * {@link AssessmentContext}, gives every observed item its advice, and compares what the site declares with
 * what it does. Pure: the same evidence and knowledge give the same assessment.
 */
public final class Assessor {
    /** The version of the rule catalogue, recorded in every assessment. */
    public static final String RULES_VERSION = "2026.12-1";

    private final CookieClassifier classifier;
    private final KnowledgeBase knowledge;
    private final CookieAdvisor advisor;
    private final List<Check> checks;
    private final CheckTexts texts;
    private final CitationCatalogue citations;

    /**
     * An assessor over the given knowledge and legal model.
     *
     * @throws InvalidLegalDataException when the check texts are incomplete or a check cites an id the
     *     catalogue lacks
     */
    public Assessor(
            CookieClassifier classifier, KnowledgeBase knowledge, CookieAdvisor advisor, CitationCatalogue citations) {
        this(classifier, knowledge, advisor, citations, CheckCatalogue.all());
    }

    /**
     * An assessor that runs the given checks instead of the catalogue's (a test's own, such as one that fails).
     *
     * @throws InvalidLegalDataException when the check texts are incomplete or a check cites an id the
     *     catalogue lacks
     */
    public Assessor(
            CookieClassifier classifier,
            KnowledgeBase knowledge,
            CookieAdvisor advisor,
            CitationCatalogue citations,
            List<Check> checks) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.citations = Objects.requireNonNull(citations, "citations");
        this.checks = List.copyOf(checks);
        this.texts = CheckTexts.load(checks);
        for (Check check : checks) {
            for (String id : check.id().citationIds()) {
                if (citations.find(id).isEmpty()) {
                    throw new InvalidLegalDataException(
                            "citations.properties", id, "cited by " + check.id().id());
                }
            }
        }
    }

    /** The ids of the checks this assessor runs, in order. */
    public List<CheckId> checks() {
        return checks.stream().map(Check::id).toList();
    }

    /**
     * Judges one scan's evidence; never throws for odd evidence. A check that fails is not skipped silently:
     * it is recorded as a {@link CheckError} and makes the assessment incomplete.
     */
    public Assessment assess(ScanEvidence evidence) {
        return assess(evidence, SiteFacts.none());
    }

    /**
     * Judges one scan's evidence together with what the owner declares ({@code --site-facts}); only declared
     * settings let exempt-looking analytics keep the analytics exemption.
     */
    public Assessment assess(ScanEvidence evidence, SiteFacts facts) {
        AssessmentContext context = new AssessmentContext(evidence, classifier, knowledge, advisor, facts);
        List<Finding> findings = new ArrayList<>();
        List<ManualCheck> manual = new ArrayList<>();
        List<CheckError> errors = new ArrayList<>();
        for (Check check : checks) {
            CheckResult result;
            try {
                result = check.run(context);
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(new CheckError(
                        check.id().id(), texts.text(check.id(), "title", List.of()), CheckError.reason(e)));
                continue;
            }
            for (Hit hit : result.hits()) {
                findings.add(finding(check.id(), hit, evidence));
            }
            if (result.needsReview()) {
                String field = result.review().equals("main") ? "review" : "review." + result.review();
                manual.add(new ManualCheck(
                        check.id().id(),
                        texts.text(check.id(), "title", List.of()),
                        texts.text(check.id(), field, result.reviewArguments())));
            }
        }
        List<ItemAdvice> items;
        try {
            items = ItemAdvisor.advise(context, advisor);
        } catch (RuntimeException e) {
            items = List.of();
        }
        List<DeclarationMismatch> declarations;
        try {
            declarations = context.declarationMismatches();
        } catch (RuntimeException e) {
            declarations = List.of();
        }
        return new Assessment(evidence, findings, items, declarations, manual, errors, RULES_VERSION, facts);
    }

    private Finding finding(CheckId check, Hit hit, ScanEvidence evidence) {
        String explanation = hit.variant().isEmpty() ? "explanation" : "explanation." + hit.variant();
        String remediation = ofVariant(check, "remediation", hit.variant());
        List<Citation> cited = check.citationIds().stream()
                .map(citations::find)
                .flatMap(Optional::stream)
                .toList();
        return new Finding(
                check.id(),
                hit.severity(),
                hit.confidence(),
                hit.phase(),
                texts.text(check, ofVariant(check, "title", hit.variant()), hit.arguments()),
                texts.text(check, explanation, hit.arguments()),
                texts.text(check, remediation, hit.arguments()),
                hit.evidence().stream()
                        .map(ref -> withScreenshot(ref, evidence))
                        .toList(),
                cited,
                hit.advice());
    }

    /** The variant's own text key for the field (such as {@code title.payment}) when it has one, else the field. */
    private String ofVariant(CheckId check, String field, String variant) {
        return !variant.isEmpty() && texts.has(check, field + "." + variant) ? field + "." + variant : field;
    }

    /** The reference with a screenshot of its phase and page when it has none of its own. */
    private static EvidenceRef withScreenshot(EvidenceRef ref, ScanEvidence evidence) {
        if (ref.screenshot() != null) {
            return ref;
        }
        String file = null;
        for (Screenshot shot : evidence.screenshots()) {
            if (shot.phase() == ref.phase() && shot.pageUrl().equals(ref.pageUrl())) {
                file = shot.file();
                break;
            }
        }
        return file == null
                ? ref
                : new EvidenceRef(
                        ref.kind(), ref.phase(), ref.pageUrl(), ref.label(), ref.detail(), ref.script(), file);
    }
}
