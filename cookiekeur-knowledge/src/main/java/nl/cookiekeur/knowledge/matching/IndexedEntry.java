package nl.cookiekeur.knowledge.matching;

import java.util.Locale;
import nl.cookiekeur.classification.KnowledgeEntry;

/** A knowledge entry with what matching needs precomputed: vendor keys and whether evidence is required. */
record IndexedEntry(KnowledgeEntry entry, String platformKey, String controllerKey, boolean needsEvidence) {

    static IndexedEntry of(KnowledgeEntry entry) {
        return new IndexedEntry(
                entry,
                vendorKey(entry.platform()),
                vendorKey(entry.controller()),
                GenericNames.isGeneric(entry.name()));
    }

    /** A vendor name reduced to lower-case letters and digits, so "Bing / Microsoft" and "bing-microsoft" agree. */
    static String vendorKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
