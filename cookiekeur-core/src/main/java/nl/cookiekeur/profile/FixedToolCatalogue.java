package nl.cookiekeur.profile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A tool catalogue over a fixed list of profiles, indexed by id. */
final class FixedToolCatalogue implements ToolCatalogue {
    private final List<ToolProfile> profiles;
    private final Map<String, ToolProfile> byId;

    FixedToolCatalogue(Collection<ToolProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        Map<String, ToolProfile> index = new LinkedHashMap<>();
        for (ToolProfile profile : this.profiles) {
            if (index.putIfAbsent(profile.id(), profile) != null) {
                throw new IllegalArgumentException("duplicate tool profile id " + profile.id());
            }
        }
        this.byId = Map.copyOf(index);
    }

    @Override
    public List<ToolProfile> all() {
        return profiles;
    }

    @Override
    public Optional<ToolProfile> find(String id) {
        return Optional.ofNullable(byId.get(id.strip().toLowerCase(Locale.ROOT)));
    }
}
