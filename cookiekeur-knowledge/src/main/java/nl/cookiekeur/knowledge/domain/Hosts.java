package nl.cookiekeur.knowledge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.site.HostName;
import nl.cookiekeur.site.RegistrableDomain;
import org.jspecify.annotations.Nullable;

/**
 * Host matching for the knowledge: normalisation and registrable domains come from core's site model
 * ({@link HostName}, {@link RegistrableDomain}: the one Public Suffix List every module uses); this class adds
 * the parent chain and the allocation-free checks the matching's hot paths need.
 */
public final class Hosts {
    private Hosts() {}

    /** Normalises a host or cookie domain as {@link HostName#normalise} does; empty when it is no valid host. */
    public static Optional<String> normalise(@Nullable String hostOrDomain) {
        return HostName.normalise(hostOrDomain);
    }

    /** The registrable domain of a host or cookie domain ({@link RegistrableDomain#of}); empty when it is no valid host. */
    public static Optional<String> registrable(@Nullable String hostOrDomain) {
        return RegistrableDomain.of(hostOrDomain);
    }

    /** Whether the input is itself an ICANN suffix such as {@code co.uk} ({@link RegistrableDomain#isRegistrySuffix}). */
    public static boolean isRegistrySuffix(String hostOrDomain) {
        return RegistrableDomain.isRegistrySuffix(hostOrDomain);
    }

    /** Whether the input is an IP address (v4 or v6), after normalisation. */
    public static boolean isIpAddress(String hostOrDomain) {
        return HostName.isIpAddress(hostOrDomain);
    }

    /**
     * The normalised host followed by its parent domains down to (and including) its registrable domain,
     * such as {@code a.b.example.com}, {@code b.example.com}, {@code example.com}.
     */
    public static List<String> selfAndParents(String hostOrDomain) {
        Optional<String> normalised = normalise(hostOrDomain);
        if (normalised.isEmpty()) {
            return List.of();
        }
        String host = normalised.get();
        String registrable = RegistrableDomain.ofNormalised(host);
        List<String> chain = new ArrayList<>();
        String current = host;
        chain.add(current);
        while (!current.equals(registrable) && current.indexOf('.') >= 0) {
            current = current.substring(current.indexOf('.') + 1);
            chain.add(current);
        }
        return List.copyOf(chain);
    }

    /**
     * Whether {@code host} equals {@code domain} or lies under it; both must already be normalised. Used on
     * hot paths, so it allocates nothing.
     */
    public static boolean isWithin(String host, String domain) {
        if (!host.endsWith(domain)) {
            return false;
        }
        int boundary = host.length() - domain.length();
        return boundary == 0 || host.charAt(boundary - 1) == '.';
    }

    /**
     * A cheap normalisation for hot paths: a plain lower-case name, with or without leading dots, is taken as
     * it is (without the dots); anything else goes through {@link #normalise}. Returns {@code null} for an unusable input.
     */
    public static @Nullable String quickNormalise(@Nullable String hostOrDomain) {
        if (hostOrDomain == null || hostOrDomain.isEmpty()) {
            return null;
        }
        int start = 0;
        while (start < hostOrDomain.length() && hostOrDomain.charAt(start) == '.') {
            start++; // cookie domains such as ".example.com"
        }
        boolean plain = start < hostOrDomain.length();
        for (int i = start; i < hostOrDomain.length() && plain; i++) {
            char c = hostOrDomain.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c == '.' && i > start);
        }
        if (plain && hostOrDomain.charAt(hostOrDomain.length() - 1) != '.') {
            return start == 0 ? hostOrDomain : hostOrDomain.substring(start);
        }
        return normalise(hostOrDomain).orElse(null);
    }
}
