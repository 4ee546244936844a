package nl.cookiekeur.law;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue of every legal source the beslisboom cites, looked up by stable id. */
public final class CitationCatalogue {
    private final Map<String, Citation> byId;

    private CitationCatalogue(Map<String, Citation> byId) {
        this.byId = byId;
    }

    /** A catalogue of the given citations; ids must be unique. */
    public static CitationCatalogue of(Collection<Citation> citations) {
        Map<String, Citation> byId = new LinkedHashMap<>();
        for (Citation citation : citations) {
            if (byId.putIfAbsent(citation.id(), citation) != null) {
                throw new IllegalArgumentException("duplicate citation id " + citation.id());
            }
        }
        return new CitationCatalogue(Collections.unmodifiableMap(byId));
    }

    /** The citation with this id, if the catalogue holds it. */
    public Optional<Citation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every citation, in catalogue order. */
    public List<Citation> all() {
        return List.copyOf(byId.values());
    }
}
