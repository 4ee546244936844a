package nl.cookiekeur.knowledge.classifier;

import java.util.List;
import nl.cookiekeur.classification.KnowledgeEntry;

/** Labelled examples made from knowledge entries through generated observations. */
final class Examples {
    private Examples() {}

    /** {@code perEntry} labelled observations per entry with a known category. */
    static List<Example> generate(List<KnowledgeEntry> entries, CookieContexts contexts, long seed, int perEntry) {
        return of(new ObservedCookieGenerator(seed).generate(entries, perEntry), contexts);
    }

    /** Labelled examples of generated observations. */
    static List<Example> of(List<ObservedCookie> observed, CookieContexts contexts) {
        return observed.stream()
                .map(o -> new Example(contexts.of(o.cookie()), o.label(), o.platform()))
                .toList();
    }
}
