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
import org.jspecify.annotations.Nullable;

/** A knowledge base loaded on first use, so commands that do not need it start without the load time. */
final class LazyKnowledgeBase implements KnowledgeBase {
    private final Supplier<KnowledgeBase> loader;
    private volatile @Nullable KnowledgeBase loaded;

    LazyKnowledgeBase(Supplier<KnowledgeBase> loader) {
        this.loader = loader;
    }

    private KnowledgeBase delegate() {
        KnowledgeBase current = loaded;
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
    public CookieLookup lookup(CookieQuery query) {
        return delegate().lookup(query);
    }

    @Override
    public Optional<Tracker> trackerForHost(String host) {
        return delegate().trackerForHost(host);
    }

    @Override
    public List<KnowledgeEntry> entries() {
        return delegate().entries();
    }

    @Override
    public List<KnowledgeSource> sources() {
        return delegate().sources();
    }

    @Override
    public KnowledgeStats stats() {
        return delegate().stats();
    }
}
