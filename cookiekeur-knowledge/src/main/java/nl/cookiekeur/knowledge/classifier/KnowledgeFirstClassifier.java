package nl.cookiekeur.knowledge.classifier;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.MarketingPopupCookies;
import nl.cookiekeur.classification.SourceLabel;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import nl.cookiekeur.knowledge.data.SiteDeclarations;
import nl.cookiekeur.knowledge.data.VendorBusiness;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a cookie by the knowledge base first and by the learned model only when no entry identifies
 * it (or the candidates disagree); known cookies get confidence 1 and their entry id as source.
 */
public final class KnowledgeFirstClassifier implements CookieClassifier {
    /** How sure a name rule is: the name states the purpose, not that the visitor chose it. */
    static final double NAMED_PURPOSE = 0.9;

    private final KnowledgeBase knowledge;
    private final CookieClassifier model;
    private final DeclarationEvidence declarations;

    public KnowledgeFirstClassifier(KnowledgeBase knowledge, CookieClassifier model) {
        this(knowledge, model, DeclarationEvidence.none());
    }

    public KnowledgeFirstClassifier(KnowledgeBase knowledge, CookieClassifier model, DeclarationEvidence declarations) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.model = Objects.requireNonNull(model, "model");
        this.declarations = Objects.requireNonNull(declarations, "declarations");
    }

    /** A classifier over the knowledge base with a model trained from its own entries and trackers. */
    public static KnowledgeFirstClassifier of(KnowledgeBase knowledge) {
        return new KnowledgeFirstClassifier(
                knowledge,
                LearnedCookieClassifier.train(
                        knowledge.entries(), knowledge::trackerForHost, LearnedCookieClassifier.DEFAULT_THRESHOLD));
    }

    /**
     * A classifier over the shipped knowledge base with the model the build trained from it, loaded from
     * the generated model file (no training at run time).
     */
    public static KnowledgeFirstClassifier shipped(KnowledgeBase knowledge) {
        return new KnowledgeFirstClassifier(
                knowledge,
                LearnedCookieClassifier.shipped(knowledge::trackerForHost),
                DeclarationEvidence.of(SiteDeclarations.load()));
    }

    /**
     * The classification, after the vendor rule: a third-party cookie on the domain of a company whose business
     * is advertising, analytics, social media or cross-site video is never necessary, a preference or unknown,
     * whatever a data source or the model says; it gets that business's category (see {@link VendorBusiness}).
     */
    @Override
    public Classification classify(Cookie cookie) {
        Classification classification = declarations.weigh(cookie, byKnowledgeOrModel(cookie));
        if (!classification.thirdParty()
                || !(VendorBusiness.claimsExemption(classification.category()) || classification.needsReview())) {
            return classification;
        }
        String host = withoutLeadingDots(cookie.domain().toLowerCase(Locale.ROOT));
        Optional<Tracker> tracker = knowledge.trackerForHost(host);
        if (tracker.isEmpty()) {
            return classification;
        }
        Tracker vendor = tracker.get();
        return VendorBusiness.category(vendor.kind())
                .map(category -> new Classification(
                        category,
                        1.0,
                        vendor.company() == null ? vendor.name() : vendor.company(),
                        "tracker:" + vendor.id(),
                        true,
                        null,
                        classification.sourceLabel()))
                .orElse(classification);
    }

    private Classification byKnowledgeOrModel(Cookie cookie) {
        CookieLookup lookup = knowledge.lookup(cookie);
        return switch (lookup) {
            // an entry that judges the cookie unknown (a functional visitor id) stays needs review, with no
            // best guess that other sites' declarations could turn into an exemption
            case CookieLookup.Identified identified ->
                known(
                        cookie,
                        identified.match().entry(),
                        identified.match().entry().platform());
            case CookieLookup.Ambiguous ambiguous
            when agree(ambiguous.candidates()) ->
                known(cookie, ambiguous.candidates().get(0).entry(), null);
            default -> byName(cookie);
        };
    }

    /**
     * A first-party name that states its purpose (a language, {@link LanguageCookieNames}; a marketing pop-up's
     * display, {@link MarketingPopupCookies}) decides; any other name goes to the model.
     */
    private Classification byName(Cookie cookie) {
        if (LanguageCookieNames.keepsALanguage(cookie)) {
            return new Classification(Category.PREFERENCES, NAMED_PURPOSE, null, Classification.PREDICTED, false);
        }
        if (!thirdParty(cookie) && MarketingPopupCookies.holds(cookie.name())) {
            return new Classification(Category.MARKETING, NAMED_PURPOSE, null, Classification.PREDICTED, false);
        }
        return model.classify(cookie);
    }

    private static boolean agree(List<CookieMatch> candidates) {
        Category first = candidates.get(0).category();
        return first != Category.UNKNOWN && candidates.stream().allMatch(c -> c.category() == first);
    }

    private static Classification known(Cookie cookie, KnowledgeEntry entry, @Nullable String vendor) {
        String label = entry.sourceLabel();
        SourceLabel sourceLabel = label == null || label.isBlank()
                ? null
                : new SourceLabel(
                        OpenCookieDatabase.SOURCE_ID.equals(entry.source()) ? "Open Cookie Database" : entry.source(),
                        label);
        return new Classification(entry.category(), 1.0, vendor, entry.id(), thirdParty(cookie), null, sourceLabel);
    }

    /** Whether the cookie's registrable domain differs from the visited site's. */
    static boolean thirdParty(Cookie cookie) {
        String site = cookie.site().getHost();
        String domain = withoutLeadingDots(cookie.domain().toLowerCase(Locale.ROOT));
        return !CookieContexts.registrable(domain)
                .equals(CookieContexts.registrable(site == null ? "" : site.toLowerCase(Locale.ROOT)));
    }

    private static String withoutLeadingDots(String domain) {
        int start = 0;
        while (start < domain.length() && domain.charAt(start) == '.') {
            start++;
        }
        return domain.substring(start);
    }
}
