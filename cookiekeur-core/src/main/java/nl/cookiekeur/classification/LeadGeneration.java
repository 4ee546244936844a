package nl.cookiekeur.classification;

import org.jspecify.annotations.Nullable;

/**
 * Lead-generation tags (Leadinfo, Leadfeeder/Dealfront, Albacross, Lead Forensics, Snitcher) that send every visit
 * to the vendor, which matches the visitor's IP address to a company for the site owner's sales team. That is not
 * an advertising network following people over many sites, but it serves the owner's sales, not a service the
 * visitor asked for, and processes personal data: their cookies and hosts get advice 10
 * ({@link AdviceReason#LEAD_GENERATION}), as their tool profiles say, rather than third-party tracking (7).
 * Consent is needed either way. A vendor's own necessary cookies (a login to its dashboard) keep their judgement.
 */
public final class LeadGeneration {
    /** Lower-case vendor names, compared as whole words of the classification's vendor. */
    private static final VendorWords VENDORS =
            VendorWords.of("leadinfo", "leadfeeder", "dealfront", "albacross", "leadforensics", "snitcher");

    private LeadGeneration() {}

    /** Whether the vendor (platform or tracker name, such as "Leadinfo" or "Leadfeeder") is one of them. */
    public static boolean covers(@Nullable String vendor) {
        return VENDORS.cover(vendor);
    }
}
