package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** NL-CK-20: cookies live longer than the site's statement says (with 10% or one day of slack). */
final class DeclaredLifetimeCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_20;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<String> facts = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (DeclarationMismatch mismatch : context.declarationMismatches()) {
            if (mismatch.kind().equals(DeclarationComparison.LIFETIME) && names.add(mismatch.name())) {
                facts.add(mismatch.name() + " (" + mismatch.declared() + " → " + mismatch.observed() + ")");
            }
        }
        if (names.isEmpty()) {
            return CheckResult.passed();
        }
        List<EvidenceRef> refs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ClassifiedCookie cookie : context.cookies()) {
            if (names.contains(cookie.name()) && seen.add(cookie.cookie().key())) {
                refs.add(cookie.ref());
            }
        }
        return CheckResult.of(Hits.hit(
                id(),
                Confidence.CERTAIN,
                null,
                List.of(Integer.toString(names.size()), Hits.names(facts)),
                refs,
                null));
    }
}
