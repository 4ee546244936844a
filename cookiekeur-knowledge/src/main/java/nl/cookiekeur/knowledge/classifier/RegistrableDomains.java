package nl.cookiekeur.knowledge.classifier;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.cookiekeur.knowledge.domain.Hosts;

/**
 * The registrable domain of a host (Public Suffix List), remembered for the hosts seen so far: a crawl or
 * a CSV of observed cookies repeats a few sites and cookie domains, and each Public Suffix lookup parses
 * the name anew. The memory is bounded; beyond it hosts are looked up without being remembered.
 */
final class RegistrableDomains {
    private static final int CAPACITY = 8192;
    private static final Map<String, String> REMEMBERED = new ConcurrentHashMap<>();

    private RegistrableDomains() {}

    /** The registrable domain of the host, or the host itself for IPs, single labels and invalid names. */
    static String of(String host) {
        String known = REMEMBERED.get(host);
        if (known != null) {
            return known;
        }
        String registrable = Hosts.registrable(host).orElse(host);
        if (REMEMBERED.size() < CAPACITY) {
            REMEMBERED.putIfAbsent(host, registrable);
        }
        return registrable;
    }
}
