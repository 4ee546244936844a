package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ControlRole;

/**
 * NL-CK-07: accept and reject on the first layer differ beyond thresholds: element type (button versus
 * link), area (accept more than 1.3 times larger), font size (reject less than 0.7 of accept), font weight
 * (more than 200 heavier) or colour (a coloured accept button against a colourless reject). The thresholds
 * are heuristics from published scanners, not law; the finding is therefore likely, not certain, unless the
 * element types differ.
 */
final class ProminenceCheck implements Check {
    static final double AREA_RATIO = 1.3;
    static final double FONT_RATIO = 0.7;
    static final int WEIGHT_DIFFERENCE = 200;
    static final double COLOURFUL = 0.35;
    static final double COLOURLESS = 0.1;
    private static final Pattern RGB = Pattern.compile(
            "rgba?\\(\\s*(\\d+(?:\\.\\d+)?)[,\\s]+(\\d+(?:\\.\\d+)?)[,\\s]+(\\d+(?:\\.\\d+)?)(?:[,\\s/]+([\\d.]+%?))?\\s*\\)");

    @Override
    public CheckId id() {
        return CheckId.NL_CK_07;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        Optional<BannerControl> accept = Controls.main(banner, 1, ControlRole.ACCEPT);
        Optional<BannerControl> reject = Controls.main(banner, 1, ControlRole.REJECT);
        if (accept.isEmpty() || reject.isEmpty()) {
            return CheckResult.passed();
        }
        BannerControl a = accept.get();
        BannerControl r = reject.get();
        List<String> differences = new ArrayList<>();
        boolean elementDiffers = Controls.buttonLike(a) && !Controls.buttonLike(r);
        if (elementDiffers) {
            differences.add("<" + a.elementType() + "> / <" + r.elementType() + ">");
        }
        if (a.area() > 0 && r.area() > 0 && a.area() / r.area() > AREA_RATIO) {
            differences.add(String.format(Locale.ROOT, "%.0f / %.0f px²", a.area(), r.area()));
        }
        if (a.fontSizePx() > 0 && r.fontSizePx() > 0 && r.fontSizePx() / a.fontSizePx() < FONT_RATIO) {
            differences.add(String.format(Locale.ROOT, "%.0f / %.0f px", a.fontSizePx(), r.fontSizePx()));
        }
        if (a.fontWeight() - r.fontWeight() > WEIGHT_DIFFERENCE) {
            differences.add("font-weight " + a.fontWeight() + " / " + r.fontWeight());
        }
        if (chroma(a.background()) >= COLOURFUL && chroma(r.background()) < COLOURLESS) {
            differences.add(a.background() + " / " + r.background());
        }
        if (differences.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(Hits.hit(
                id(),
                elementDiffers ? Confidence.CERTAIN : Confidence.LIKELY,
                banner.phase(),
                List.of(a.text(), r.text(), String.join("; ", differences)),
                List.of(EvidenceRefs.control(banner, a), EvidenceRefs.control(banner, r)),
                null));
    }

    /** How colourful a CSS colour is (0 grey or transparent … 1 pure colour); 0 when it does not parse. */
    static double chroma(String cssColour) {
        Matcher m = RGB.matcher(cssColour.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return 0;
        }
        String alpha = m.group(4);
        if (alpha != null) {
            double a = alpha.endsWith("%")
                    ? Double.parseDouble(alpha.substring(0, alpha.length() - 1)) / 100
                    : Double.parseDouble(alpha);
            if (a < 0.2) {
                return 0;
            }
        }
        double red = Double.parseDouble(m.group(1));
        double green = Double.parseDouble(m.group(2));
        double blue = Double.parseDouble(m.group(3));
        double max = Math.max(red, Math.max(green, blue));
        double min = Math.min(red, Math.min(green, blue));
        return (max - min) / 255.0;
    }
}
