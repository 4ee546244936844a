package nl.cookiekeur.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.cookiekeur.profile.ToolCatalogue;
import nl.cookiekeur.profile.ToolProfile;
import org.jspecify.annotations.Nullable;

/** A tool catalogue read on first use, so commands that need no tool profiles start without reading them. */
final class LazyToolCatalogue implements ToolCatalogue {
    private final Supplier<ToolCatalogue> loader;
    private volatile @Nullable ToolCatalogue loaded;

    LazyToolCatalogue(Supplier<ToolCatalogue> loader) {
        this.loader = loader;
    }

    private ToolCatalogue delegate() {
        ToolCatalogue current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = loader.get();
                    loaded = current;
                }
            }
        }
        return current;
    }

    @Override
    public List<ToolProfile> all() {
        return delegate().all();
    }

    @Override
    public Optional<ToolProfile> find(String id) {
        return delegate().find(id);
    }
}
