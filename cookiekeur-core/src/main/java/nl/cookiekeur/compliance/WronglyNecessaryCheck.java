package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-14: the site's statement calls a cookie necessary (or functional, or a preference) while the
 * knowledge base knows it as analytics or marketing. Only cookies identified by a knowledge entry count.
 */
final class WronglyNecessaryCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_14;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Set<String> names = new LinkedHashSet<>();
        for (DeclarationMismatch mismatch : context.declarationMismatches()) {
            Category declared = DeclaredCookie.categoryOf(mismatch.declared());
            boolean exempt = declared == Category.NECESSARY || declared == Category.PREFERENCES;
            if (mismatch.kind().equals(DeclarationComparison.CATEGORY) && exempt) {
                names.add(mismatch.name());
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
        context.evidence().statements().stream()
                .findFirst()
                .ifPresent(s -> refs.add(EvidenceRefs.statement(
                        s, refs.isEmpty() ? Phase.ACCEPT : refs.get(0).phase())));
        return CheckResult.of(Hits.hit(
                id(),
                Confidence.CERTAIN,
                null,
                List.of(Integer.toString(names.size()), Hits.names(names)),
                refs,
                null));
    }
}
