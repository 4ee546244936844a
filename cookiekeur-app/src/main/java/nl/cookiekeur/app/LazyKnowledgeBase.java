package nl.cookiekeur.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.classification.KnowledgeStats;
import nl.cookiekeur.classification.Tracker;

/** A knowledge base loaded on first use, so commands that do not need it start without the load time. */
final class LazyKnowledgeBase implements KnowledgeBase {
    private final OnFirstUse<KnowledgeBase> delegate;

    LazyKnowledgeBase(Supplier<KnowledgeBase> loader) {
        this.delegate = new OnFirstUse<>(loader);
    }

    @Override
    public CookieLookup lookup(CookieQuery query) {
        return delegate.get().lookup(query);
    }

    @Override
    public Optional<Tracker> trackerForHost(String host) {
        return delegate.get().trackerForHost(host);
    }

    @Override
    public List<KnowledgeEntry> entries() {
        return delegate.get().entries();
    }

    @Override
    public List<KnowledgeSource> sources() {
        return delegate.get().sources();
    }

    @Override
    public KnowledgeStats stats() {
        return delegate.get().stats();
    }
}
