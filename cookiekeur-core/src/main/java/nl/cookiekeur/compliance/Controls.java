package nl.cookiekeur.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ControlRole;

/** Questions about a banner's controls shared by the banner checks. */
final class Controls {
    private Controls() {}

    /** The controls with a role on a layer. */
    static List<BannerControl> of(BannerObservation banner, int layer, ControlRole role) {
        return banner.layer(layer).stream().filter(c -> c.role() == role).toList();
    }

    /** The most prominent (largest) control with a role on a layer. */
    static Optional<BannerControl> main(BannerObservation banner, int layer, ControlRole role) {
        return of(banner, layer, role).stream().max(Comparator.comparingDouble(BannerControl::area));
    }

    /** Whether a control looks like a button (a button or input element, or the ARIA button role). */
    static boolean buttonLike(BannerControl control) {
        String element = control.elementType().toLowerCase(Locale.ROOT);
        String aria = control.ariaRole().toLowerCase(Locale.ROOT);
        return element.equals("button") || element.equals("input") || aria.equals("button");
    }
}
