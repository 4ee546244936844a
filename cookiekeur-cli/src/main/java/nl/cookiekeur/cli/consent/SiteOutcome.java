package nl.cookiekeur.cli.consent;

import java.util.List;
import nl.cookiekeur.consent.AnchorKey;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.SignedHead;
import org.jspecify.annotations.Nullable;

/**
 * One site's verification together with what became of its anchor.
 *
 * @param verification the chain and archive check
 * @param anchor the anchored head given for the site, if any
 * @param anchorState whether the anchor was used and its signature checked
 */
record SiteOutcome(ChainVerification verification, @Nullable SignedHead anchor, AnchorState anchorState) {

    /** Verifies a site, against its anchor when one is given and its signature holds. */
    static SiteOutcome of(ConsentLedger ledger, String siteId, @Nullable SignedHead anchor, @Nullable AnchorKey key) {
        if (anchor == null) {
            return new SiteOutcome(ledger.verify(siteId), null, AnchorState.NONE);
        }
        if (key != null && anchor.signed() && !anchor.signedBy(key)) {
            return new SiteOutcome(ledger.verify(siteId), anchor, AnchorState.SIGNATURE_INVALID);
        }
        AnchorState state = key != null && anchor.signed() ? AnchorState.CHECKED : AnchorState.UNCHECKED;
        return new SiteOutcome(ledger.verify(siteId, anchor), anchor, state);
    }

    /** A site named by the anchor that the ledger does not hold any more. */
    static SiteOutcome gone(SignedHead anchor) {
        return new SiteOutcome(
                new ChainVerification(anchor.siteId(), 0, 0, "", List.of()), anchor, AnchorState.SITE_GONE);
    }

    /** Nothing altered, removed or inserted, and the anchor (if any) neither forged nor orphaned. */
    boolean intact() {
        return verification.intact()
                && anchorState != AnchorState.SIGNATURE_INVALID
                && anchorState != AnchorState.SITE_GONE;
    }
}
