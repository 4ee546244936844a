package nl.cookiekeur.compliance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.classification.AdviceReason;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.SourceLabel;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.Urls;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.facts.ToolFacts;
import nl.cookiekeur.site.RegistrableDomain;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * The advice per observed item: every cookie (once per name, domain and path), storage entry (once per area,
 * origin and key) and tracker host, with its category, vendor, beslisboom advice and why. The mapping from
 * classification to advice is the {@link CookieAdvisor}'s; this only gathers and deduplicates.
 */
final class ItemAdvisor {
    private ItemAdvisor() {}

    static List<ItemAdvice> advise(AssessmentContext context, CookieAdvisor advisor) {
        List<ItemAdvice> items = new ArrayList<>();
        items.addAll(cookies(context));
        items.addAll(storage(context));
        items.addAll(trackers(context, advisor));
        return List.copyOf(items);
    }

    private static List<ItemAdvice> cookies(AssessmentContext context) {
        Map<String, List<ClassifiedCookie>> byKey = new LinkedHashMap<>();
        for (ClassifiedCookie cookie : context.cookies()) {
            byKey.computeIfAbsent(cookie.cookie().key(), k -> new ArrayList<>()).add(cookie);
        }
        List<ItemAdvice> items = new ArrayList<>();
        for (List<ClassifiedCookie> observations : byKey.values()) {
            ClassifiedCookie first = observations.get(0);
            Duration longest = null;
            boolean capped = false;
            for (ClassifiedCookie observation : observations) {
                Duration lifetime = observation.cookie().judgedLifetime();
                if (lifetime != null && (longest == null || lifetime.compareTo(longest) > 0)) {
                    longest = lifetime;
                    capped = observation.cookie().capped();
                }
            }
            LocalizedText retention = Lifetimes.of(longest);
            items.add(item(
                    ItemKind.COOKIE,
                    first,
                    phases(observations),
                    capped ? ItemTexts.capped(retention) : retention,
                    context.facts()));
        }
        return items;
    }

    private static List<ItemAdvice> storage(AssessmentContext context) {
        Map<String, List<ClassifiedStorage>> byKey = new LinkedHashMap<>();
        for (ClassifiedStorage entry : context.storage()) {
            byKey.computeIfAbsent(entry.identity(), k -> new ArrayList<>()).add(entry);
        }
        List<ItemAdvice> items = new ArrayList<>();
        for (List<ClassifiedStorage> observations : byKey.values()) {
            ClassifiedStorage first = observations.get(0);
            items.add(item(
                    ItemKind.STORAGE,
                    first,
                    phases(observations),
                    Lifetimes.of(first.entry().kind()),
                    context.facts()));
        }
        return items;
    }

    private static List<ItemAdvice> trackers(AssessmentContext context, CookieAdvisor advisor) {
        Map<String, List<TrackedRequest>> byHost = new LinkedHashMap<>();
        for (TrackedRequest request : context.trackedRequests()) {
            byHost.computeIfAbsent(request.request().host(), k -> new ArrayList<>())
                    .add(request);
        }
        List<ItemAdvice> items = new ArrayList<>();
        for (Map.Entry<String, List<TrackedRequest>> entry : byHost.entrySet()) {
            TrackedRequest first = entry.getValue().get(0);
            Tracker tracker = first.tracker();
            Optional<TagManagers.Loaded> loaded =
                    TagManagers.is(tracker) ? TagManagers.loaded(context, entry.getKey()) : Optional.empty();
            // a player host the lists cannot place is judged by what its own domain writes, as a tag manager
            // by what it loads
            // a public CDN of an advertising company receives every visitor's request for its own purposes (any
            // such request to the host counts, as in NL-CK-02, not only the first: a bot check may come first)
            boolean toThirdParty = first.request().thirdParty() || context.thirdParty(entry.getKey());
            // a host that serves nothing but an advertising company's bot check (reCAPTCHA) is judged as that check
            boolean botCheck =
                    toThirdParty && entry.getValue().stream().allMatch(TrackedRequest::advertisingCompanyBotCheck);
            boolean advertisingService = botCheck
                    || (toThirdParty && entry.getValue().stream().anyMatch(TrackedRequest::advertisingCompanyService));
            // a payment provider's host serves the payment where the customer pays, and nothing the visitor asked
            // for on any other page (PaymentProviders)
            String provider = advertisingService || loaded.isPresent() ? null : first.paymentProvider();
            boolean atCheckout = provider != null && entry.getValue().stream().allMatch(TrackedRequest::fromCheckout);
            Category category = advertisingService
                    ? Category.MARKETING
                    : provider != null
                            ? Category.NECESSARY
                            : loaded.map(TagManagers.Loaded::category)
                                    .or(() -> tracker.category() == Category.UNKNOWN
                                            ? TrackingEmbeds.trackedAs(context, first)
                                            : Optional.empty())
                                    .orElse(tracker.category());
            String judgedVendor = loaded.map(TagManagers.Loaded::vendor).orElse(tracker.name());
            boolean declared =
                    category == Category.ANALYTICS && context.facts().exemptionSettingsDeclared(judgedVendor);
            boolean thirdParty = !declared && (first.request().thirdParty() || context.thirdParty(entry.getKey()));
            Classification classification = new Classification(
                    category,
                    category == Category.UNKNOWN ? 0 : 1,
                    provider != null ? provider : tracker.name(),
                    "tracker:" + tracker.id(),
                    thirdParty);
            Cookie pseudo = new Cookie(
                    tracker.id().isBlank() ? entry.getKey() : tracker.id(),
                    entry.getKey(),
                    "/",
                    "",
                    null,
                    declared,
                    false,
                    true,
                    true,
                    SameSite.UNSPECIFIED,
                    Urls.parseOrBlank(first.request().pageUrl()),
                    null);
            // The host of a tool whose settings the owner declared works as the site's own processor and
            // stores nothing itself; any other host is a persistent item of its tracker's category.
            CookieAdvice advice = botCheck
                    ? advisor.adviseAdvertisingCompanyBotCheck()
                    : advertisingService
                            ? advisor.adviseAdvertisingCompanyService()
                            : provider != null
                                    ? advisor.advisePaymentProvider(atCheckout)
                                    : advisor.advise(pseudo, classification, declared);
            boolean consent = advice.consentRequired()
                    || first.family() == VendorFamily.SESSION_REPLAY
                    || first.family() == VendorFamily.LEAD_GENERATION;
            Set<Phase> phases = EnumSet.noneOf(Phase.class);
            entry.getValue().forEach(r -> phases.add(r.request().phase()));
            String company = tracker.company();
            items.add(new ItemAdvice(
                    ItemKind.TRACKER,
                    entry.getKey(),
                    RegistrableDomain.siteOf(entry.getKey()),
                    List.copyOf(phases),
                    classification.category(),
                    classification.confidence(),
                    provider != null
                            ? provider
                            : company == null || company.isBlank()
                                    ? tracker.name()
                                    : tracker.name() + " (" + company + ")",
                    thirdParty,
                    advice.advice().number(),
                    consent,
                    loaded.map(l -> ItemTexts.loads(reason(advice.reason(), first.family()), l.vendor()))
                            .orElse(reason(advice.reason(), first.family())),
                    new LocalizedText("", ""),
                    classification.source()));
        }
        return items;
    }

    private static ItemAdvice item(
            ItemKind kind, ClassifiedItem first, List<Phase> phases, LocalizedText retention, SiteFacts facts) {
        Classification classification = first.classification();
        boolean consent = first.advice().consentRequired()
                || first.family() == VendorFamily.SESSION_REPLAY
                || first.family() == VendorFamily.LEAD_GENERATION;
        return new ItemAdvice(
                kind,
                first.name(),
                first.where(),
                phases,
                classification.category(),
                classification.confidence(),
                classification.vendor(),
                classification.thirdParty(),
                first.advice().advice().number(),
                consent,
                withSourceLabel(
                        withLikely(
                                declared(reason(first.advice().reason(), first.family()), first, facts),
                                classification),
                        classification),
                retention,
                classification.source());
    }

    private static LocalizedText reason(AdviceReason reason, @Nullable VendorFamily family) {
        LocalizedText base = new LocalizedText(reason.text(Language.DUTCH), reason.text(Language.ENGLISH));
        if (family == VendorFamily.SESSION_REPLAY) {
            return new LocalizedText(
                    base.dutch() + " Dit is sessie-opname of een heatmap: daarvoor geldt geen uitzondering.",
                    base.english() + " This is session recording or a heatmap, which no exemption covers.");
        }
        if (family == VendorFamily.LEAD_GENERATION && reason != AdviceReason.LEAD_GENERATION) {
            return new LocalizedText(
                    base.dutch()
                            + " Dit herkent bedrijven aan hun IP-adres voor verkoop: daarvoor is toestemming nodig.",
                    base.english() + " This identifies companies by IP address for sales, which needs consent.");
        }
        return base;
    }

    /** The reason, with the owner's declaration when the exemption rests on it. */
    private static LocalizedText withSourceLabel(LocalizedText reason, Classification classification) {
        SourceLabel label = classification.sourceLabel();
        return label == null || !label.differsFrom(classification.category())
                ? reason
                : ItemTexts.sourceLabel(reason, label);
    }

    private static LocalizedText withLikely(LocalizedText reason, Classification classification) {
        Category likely = classification.likely();
        return likely == null ? reason : ItemTexts.likely(reason, likely, classification.declared());
    }

    private static LocalizedText declared(LocalizedText reason, ClassifiedItem item, SiteFacts facts) {
        if (item.advice().reason() != AdviceReason.FIRST_PARTY_ANALYTICS) {
            return reason;
        }
        return facts.forVendor(item.classification().vendor())
                .filter(ToolFacts::exemptionSettingsDeclared)
                .map(ItemTexts::declared)
                .map(note ->
                        new LocalizedText(reason.dutch() + " " + note.dutch(), reason.english() + " " + note.english()))
                .orElse(reason);
    }

    private static <T extends ClassifiedItem> List<Phase> phases(List<T> observations) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        observations.forEach(o -> phases.add(o.phase()));
        return List.copyOf(phases);
    }
}
