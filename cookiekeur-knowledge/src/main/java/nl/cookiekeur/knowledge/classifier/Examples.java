package nl.cookiekeur.knowledge.classifier;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.knowledge.data.DeclaredCookie;
import nl.cookiekeur.knowledge.data.VendorBusiness;

/** Labelled examples made from knowledge entries through generated observations. */
final class Examples {
    private Examples() {}

    /** {@code perEntry} labelled observations per entry with a known category. */
    static List<Example> generate(List<KnowledgeEntry> entries, CookieContexts contexts, long seed, int perEntry) {
        return of(new ObservedCookieGenerator(seed).generate(entries, perEntry), contexts);
    }

    /** Labelled examples of generated observations, each with its {@linkplain #legalLabel legal label}. */
    static List<Example> of(List<ObservedCookie> observed, CookieContexts contexts) {
        return observed.stream()
                .map(o -> {
                    CookieContext context = contexts.of(o.cookie());
                    return new Example(context, legalLabel(o, context), o.platform());
                })
                .toList();
    }

    /**
     * Labelled examples of real cookies other sites declared, each with the legal label of its declaration (the
     * vendor rule applied) and its site as group, so that a site stays on one side of a split.
     */
    static List<Example> declared(List<DeclaredCookie> declared, CookieContexts contexts) {
        return declared.stream()
                .map(d -> {
                    CookieContext context = contexts.of(d.cookie());
                    Category label = context.thirdParty()
                            ? VendorBusiness.ofThirdParty(d.declared(), Optional.ofNullable(context.tracker()))
                            : d.declared();
                    return new Example(
                            context,
                            label,
                            PooledCalibration.DECLARED_GROUP + d.cookie().site().getHost());
                })
                .toList();
    }

    /**
     * The category the product must give this observation in law: its entry's category, except that a
     * third-party cookie on the domain of an advertising, analytics, social-media or video business is never
     * necessary or a preference (the vendor rule, {@link VendorBusiness#ofThirdParty}). Training and every
     * evaluation use this label, so the model learns and is judged on the categories the product applies.
     */
    static Category legalLabel(ObservedCookie observed, CookieContext context) {
        if (!context.thirdParty()) {
            return observed.label();
        }
        return VendorBusiness.ofThirdParty(observed.label(), Optional.ofNullable(context.tracker()));
    }
}
