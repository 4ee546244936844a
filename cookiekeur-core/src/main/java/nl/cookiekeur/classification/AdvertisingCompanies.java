package nl.cookiekeur.classification;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Companies whose business is advertising (most of their revenue comes from it): Google and Meta (Facebook). Their
 * public services for websites (Google Fonts, Google's static host, Meta's content hosts) receive every visitor's
 * IP address and browser details under the company's own terms, not as the site's processor. A request to such a
 * host is therefore never strictly necessary for the visited site (WP194: exempt only when every purpose is; the
 * same file can come from the site's own server): advice 10
 * ({@link AdviceReason#ADVERTISING_COMPANY_SERVICE}), as the Google Fonts tool profile says. CDNs and hosting of
 * companies whose business is infrastructure (Akamai, Fastly, Amazon's CloudFront, Microsoft Azure) are the site's
 * processors and keep their judgement, as do the cloud-storage hosts of such a company, where it stores the site's
 * own files as the site's processor ({@code storage.googleapis.com}, {@code firebasestorage.googleapis.com}).
 */
public final class AdvertisingCompanies {
    /** Lower-case company names, compared as whole words of the tracker list's company name. */
    private static final VendorWords COMPANIES = VendorWords.of("google", "facebook", "meta");

    /** Hosts where such a company keeps a customer's own files as its processor (cloud storage). */
    private static final Set<String> CLOUD_STORAGE_HOSTS =
            Set.of("storage.googleapis.com", "firebasestorage.googleapis.com");

    private AdvertisingCompanies() {}

    /** Whether the host serves a customer's own files from such a company's cloud storage. */
    public static boolean cloudStorage(String host) {
        return CLOUD_STORAGE_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Whether the company (as the tracker lists name it, such as "Google") is one of them. */
    public static boolean covers(@Nullable String company) {
        return COMPANIES.cover(company);
    }
}
