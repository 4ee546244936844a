package nl.cookiekeur.evidence;

import java.util.Objects;

/**
 * A checkbox or switch for a purpose or vendor, in the state the visitor first sees it.
 *
 * @param layer 1 when it is on the first layer, 2 on the settings layer
 * @param label its label (untrusted, bounded)
 * @param checked whether it was on when first shown
 * @param disabled whether the visitor cannot change it (such as "necessary")
 * @param legitimateInterest whether it is a "legitimate interest" / objection switch rather than consent
 */
public record BannerToggle(int layer, String label, boolean checked, boolean disabled, boolean legitimateInterest) {

    public BannerToggle {
        Objects.requireNonNull(label, "label");
    }
}
