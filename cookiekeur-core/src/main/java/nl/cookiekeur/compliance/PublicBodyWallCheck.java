package nl.cookiekeur.compliance;

import java.util.List;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * NL-CK-12: a cookie wall on a site of a public-law body. Whether the owner is one is known only for
 * government domains (such as {@code *.overheid.nl} and {@code gemeente*.nl}); otherwise a person decides.
 */
final class PublicBodyWallCheck implements Check {
    private static final List<String> PUBLIC_SUFFIXES = List.of(
            ".overheid.nl", "rijksoverheid.nl", ".gov.nl", ".gov", ".gov.uk", ".gouv.fr", ".europa.eu", ".politie.nl");

    @Override
    public CheckId id() {
        return CheckId.NL_CK_12;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<EvidenceRef> wall = CookieWallCheck.wall(context);
        if (wall.isEmpty()) {
            return CheckResult.passed();
        }
        String host = context.siteHost();
        if (!publicBody(host)) {
            return CheckResult.manual(host);
        }
        return CheckResult.of(Hits.hit(id(), Confidence.LIKELY, Phase.REJECT, List.of(host), wall, null));
    }

    static boolean publicBody(String host) {
        String registrable = RegistrableDomain.siteOf(host);
        return PUBLIC_SUFFIXES.stream().anyMatch(s -> host.endsWith(s) || ("." + host).endsWith(s))
                || (registrable.startsWith("gemeente") && registrable.endsWith(".nl"))
                || (registrable.startsWith("provincie") && registrable.endsWith(".nl"));
    }
}
