package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;

/**
 * NL-CK-19: the site links to no cookie or privacy statement while it uses cookies or storage that need consent
 * ({@code missing} variant; a site with only exempt items is not required to inform under the Tw); or cookies it sets are
 * not in it (main text); or its cookie list gives no lifetime for some entries ({@code incomplete} variant).
 */
final class StatementCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_19;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.missing", "explanation.incomplete");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<PolicyText> statements = context.evidence().statements();
        if (statements.isEmpty()) {
            boolean needsConsent = context.cookies().stream().anyMatch(ClassifiedItem::tracking)
                    || context.storage().stream().anyMatch(ClassifiedItem::tracking);
            if (!needsConsent) {
                return CheckResult.passed();
            }
            return CheckResult.of(
                    new Hit(id().severity(), Confidence.LIKELY, null, "missing", List.of("0", ""), List.of(), null));
        }
        List<Hit> hits = new ArrayList<>();
        Set<String> undeclared = new LinkedHashSet<>();
        for (DeclarationMismatch mismatch : context.declarationMismatches()) {
            if (mismatch.kind().equals(DeclarationComparison.NOT_DECLARED)) {
                undeclared.add(mismatch.name());
            }
        }
        if (!undeclared.isEmpty()) {
            List<EvidenceRef> refs = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (ClassifiedCookie cookie : context.cookies()) {
                if (undeclared.contains(cookie.name())
                        && seen.add(cookie.cookie().key())) {
                    refs.add(cookie.ref());
                }
            }
            boolean tables = statements.stream().anyMatch(s -> !s.tables().isEmpty());
            hits.add(Hits.hit(
                    id(),
                    tables ? Confidence.CERTAIN : Confidence.LIKELY,
                    null,
                    List.of(Integer.toString(undeclared.size()), Hits.names(undeclared)),
                    refs,
                    null));
        }
        Set<String> withoutLifetime = new LinkedHashSet<>();
        for (DeclaredCookie declared : context.declared()) {
            if (declared.lifetimeText().isBlank()) {
                withoutLifetime.add(declared.name());
            }
        }
        if (!withoutLifetime.isEmpty()) {
            hits.add(new Hit(
                    id().severity(),
                    Confidence.CERTAIN,
                    null,
                    "incomplete",
                    List.of(Integer.toString(withoutLifetime.size()), Hits.names(withoutLifetime)),
                    List.of(EvidenceRefs.statement(statements.get(0), Phase.INITIAL)),
                    null));
        }
        return CheckResult.of(hits);
    }
}
