package nl.cookiekeur.profile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The port through which Cookiekeur looks up the judged profiles of widely used web technologies. */
public interface ToolCatalogue {

    /** Every profile, in catalogue order. */
    List<ToolProfile> all();

    /** The profile with this id (kebab-case, such as {@code microsoft-clarity}), ignoring case. */
    Optional<ToolProfile> find(String id);

    /** The profiles of one kind, in catalogue order. */
    default List<ToolProfile> ofKind(ToolKind kind) {
        return all().stream().filter(profile -> profile.kind() == kind).toList();
    }

    /** The ids of every profile, in catalogue order. */
    default List<String> ids() {
        return all().stream().map(ToolProfile::id).toList();
    }

    /**
     * A catalogue holding exactly these profiles, in the given order.
     *
     * @throws IllegalArgumentException if two profiles share an id
     */
    static ToolCatalogue of(Collection<ToolProfile> profiles) {
        return new FixedToolCatalogue(profiles);
    }
}
