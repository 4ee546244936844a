package nl.cookiekeur.knowledge.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolCatalogue;
import nl.cookiekeur.profile.ToolProfile;

/**
 * The tool catalogue read from a JSON file ({@code tool-profiles.json}) and checked against the beslisboom:
 * every profile's answers must reach an advice, cite known sources and agree with any stated expected advice.
 */
public final class JsonToolCatalogue implements ToolCatalogue {
    /** The classpath location of the catalogue shipped with Cookiekeur. */
    public static final String RESOURCE = "/nl/cookiekeur/knowledge/profile/tool-profiles.json";

    private final ToolCatalogue profiles;
    private final List<Citation> vendorSources;

    private JsonToolCatalogue(ToolCatalogue profiles, List<Citation> vendorSources) {
        this.profiles = profiles;
        this.vendorSources = vendorSources;
    }

    /**
     * Loads the catalogue shipped with Cookiekeur.
     *
     * @throws InvalidToolProfileException naming the profile and position of the first fault
     */
    public static JsonToolCatalogue load(DecisionTree tree) {
        String name = RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1);
        try (InputStream in = JsonToolCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidToolProfileException(SourcePosition.of(name), null, "resource not on the classpath");
            }
            return read(in, name, tree);
        } catch (IOException e) {
            throw new InvalidToolProfileException(SourcePosition.of(name), null, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a catalogue from JSON; {@code source} names the file in error messages.
     *
     * @throws InvalidToolProfileException naming the profile and position of the first fault
     */
    public static JsonToolCatalogue read(InputStream json, String source, DecisionTree tree) {
        ProfileFile file = ProfileFile.parse(json, source);
        Map<String, Citation> vendorSources = VendorSourceReader.read(file.vendorSources(), tree.citations());
        ProfileReader reader = new ProfileReader(new Advisor(tree), tree.citations(), vendorSources);
        Map<String, SourcePosition> seen = new HashMap<>();
        Set<String> cited = new HashSet<>();
        List<ToolProfile> profiles = new ArrayList<>();
        for (LocatedEntry entry : file.profiles()) {
            ToolProfile profile = reader.read(entry);
            SourcePosition earlier = seen.putIfAbsent(profile.id(), entry.position());
            if (earlier != null) {
                throw new InvalidToolProfileException(
                        entry.position(), profile.id(), "duplicate id; first defined at line " + earlier.line());
            }
            cited.addAll(profile.citationIds());
            profiles.add(profile);
        }
        for (Citation vendorSource : vendorSources.values()) {
            if (!cited.contains(vendorSource.id())) {
                throw new InvalidToolProfileException(
                        SourcePosition.of(source), null, "vendor source '" + vendorSource.id() + "' is never cited");
            }
        }
        return new JsonToolCatalogue(ToolCatalogue.of(profiles), List.copyOf(vendorSources.values()));
    }

    @Override
    public List<ToolProfile> all() {
        return profiles.all();
    }

    @Override
    public Optional<ToolProfile> find(String id) {
        return profiles.find(id);
    }

    /** The vendor documents cited by profiles next to the legal sources, in file order. */
    public List<Citation> vendorSources() {
        return vendorSources;
    }
}
