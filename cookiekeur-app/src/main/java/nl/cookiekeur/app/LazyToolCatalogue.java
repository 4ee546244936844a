package nl.cookiekeur.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.cookiekeur.profile.ToolCatalogue;
import nl.cookiekeur.profile.ToolProfile;

/** A tool catalogue read on first use, so commands that need no tool profiles start without reading them. */
final class LazyToolCatalogue implements ToolCatalogue {
    private final OnFirstUse<ToolCatalogue> delegate;

    LazyToolCatalogue(Supplier<ToolCatalogue> loader) {
        this.delegate = new OnFirstUse<>(loader);
    }

    @Override
    public List<ToolProfile> all() {
        return delegate.get().all();
    }

    @Override
    public Optional<ToolProfile> find(String id) {
        return delegate.get().find(id);
    }
}
