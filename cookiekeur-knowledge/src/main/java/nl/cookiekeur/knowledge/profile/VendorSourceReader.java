package nl.cookiekeur.knowledge.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.CitationCatalogue;
import nl.cookiekeur.profile.ToolProfile;

/** Reads the {@code vendorSources} section: vendor documents that profiles may cite next to the law catalogue. */
final class VendorSourceReader {
    private static final Set<String> FIELDS =
            Set.of("id", "publisher", "document", "title", "titleNl", "url", "uncertain");

    private VendorSourceReader() {}

    /** The vendor sources by id; ids are kebab-case, unique and distinct from every legal citation id. */
    static Map<String, Citation> read(List<LocatedEntry> entries, CitationCatalogue law) {
        Map<String, Citation> byId = new LinkedHashMap<>();
        for (LocatedEntry located : entries) {
            JsonEntry entry = located.entry("");
            entry.allowOnly(FIELDS);
            String id = entry.text("id");
            if (!ToolProfile.isValidId(id)) {
                throw entry.fail("id", "'" + id + "' is not kebab-case");
            }
            if (law.find(id).isPresent()) {
                throw entry.fail("id", "'" + id + "' is already a citation id in the law catalogue");
            }
            Citation citation = new Citation(
                    id,
                    entry.text("publisher"),
                    entry.text("document"),
                    entry.text("titleNl"),
                    entry.text("title"),
                    entry.text("publisher") + " " + entry.text("document"), // names of the vendor's own pages
                    entry.text("url"),
                    entry.flag("uncertain"));
            if (byId.putIfAbsent(id, citation) != null) {
                throw entry.fail("id", "vendor source '" + id + "' is defined twice");
            }
        }
        return byId;
    }
}
