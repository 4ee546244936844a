package nl.cookiekeur.classification;

import org.jspecify.annotations.Nullable;

/**
 * Analytics tools whose vendor, by its own terms, also uses what it collects through the site for its own purposes,
 * advertising included: Microsoft Clarity (Microsoft's terms; Clarity asks for a separate {@code ad_Storage}
 * consent). The vendor is then a third party that follows visitors over many sites through the sites that use the
 * tool: advice 7 ({@link AdviceReason#VENDOR_OWN_ADVERTISING}), as the tool's profile says, rather than analytics
 * needing consent (10). Consent is needed either way; the exemption for analytics never applies.
 */
public final class VendorOwnAdvertising {
    /** Lower-case tool names, compared as whole words of the classification's vendor. */
    private static final VendorWords TOOLS = VendorWords.of("clarity");

    private VendorOwnAdvertising() {}

    /** Whether the vendor (platform or tracker name, such as "Microsoft Clarity") is one of them. */
    public static boolean covers(@Nullable String vendor) {
        return TOOLS.cover(vendor);
    }
}
