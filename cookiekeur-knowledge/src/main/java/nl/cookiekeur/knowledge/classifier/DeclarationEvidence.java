package nl.cookiekeur.knowledge.classifier;

import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.data.DeclarationVotes;
import nl.cookiekeur.knowledge.data.SiteDeclarations;
import nl.cookiekeur.knowledge.data.VendorBusiness;
import org.jspecify.annotations.Nullable;

/**
 * Weighs what other real sites declared a cookie to be for against the knowledge or model classification.
 * Declarations are evidence, bounded by the legal judgement: they may make a classification stricter or name
 * the purpose of a cookie nobody knows, but they never make a cookie that a knowledge entry or the model calls
 * analytics or marketing exempt, and a claim of necessity or preference counts only when at least
 * {@link #EXEMPTION_SITES} sites agree and, for a cookie no entry knows, the model's best guess is exempt too
 * (else it stays a best guess that needs review).
 */
public final class DeclarationEvidence {
    /** Distinct sites that must declare an exempt category before it is used. */
    static final int EXEMPTION_SITES = 2;
    /** The least share of the votes for a declaration majority to replace a decided category. */
    static final double MAJORITY_SHARE = 0.6;

    private final @Nullable SiteDeclarations declarations;

    private DeclarationEvidence(@Nullable SiteDeclarations declarations) {
        this.declarations = declarations;
    }

    /** Evidence from these declarations. */
    public static DeclarationEvidence of(SiteDeclarations declarations) {
        return new DeclarationEvidence(declarations);
    }

    /** No declarations: every classification stays as it is. */
    public static DeclarationEvidence none() {
        return new DeclarationEvidence(null);
    }

    /** The classification after weighing the declarations for this cookie. */
    Classification weigh(Cookie cookie, Classification base) {
        Optional<DeclarationVotes> found = declarations == null ? Optional.empty() : declarations.votesFor(cookie);
        if (found.isEmpty()) {
            return base;
        }
        DeclarationVotes votes = found.get();
        Category declared = votes.majority();
        boolean exempt = VendorBusiness.claimsExemption(declared);
        boolean enoughForExemption = votes.majorityVotes() >= EXEMPTION_SITES;
        if (base.needsReview()) {
            if (exempt && !(enoughForExemption && guessesExempt(base))) {
                return new Classification(
                        Category.UNKNOWN,
                        base.confidence(),
                        base.vendor(),
                        SiteDeclarations.SOURCE_ID,
                        base.thirdParty(),
                        declared);
            }
            return declaredAs(declared, votes, base);
        }
        if (declared == base.category() || votes.share() < MAJORITY_SHARE) {
            return base;
        }
        if (exempt && (!VendorBusiness.claimsExemption(base.category()) || !enoughForExemption)) {
            return base;
        }
        return declaredAs(declared, votes, base);
    }

    /** Whether the model's own best guess also claims an exemption: two independent signals must agree. */
    private static boolean guessesExempt(Classification base) {
        Category likely = base.likely();
        return likely != null && VendorBusiness.claimsExemption(likely);
    }

    private static Classification declaredAs(Category declared, DeclarationVotes votes, Classification base) {
        return new Classification(
                declared,
                votes.share(),
                base.vendor(),
                SiteDeclarations.SOURCE_ID,
                base.thirdParty(),
                null,
                base.sourceLabel());
    }
}
