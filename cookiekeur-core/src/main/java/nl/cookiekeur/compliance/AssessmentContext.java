package nl.cookiekeur.compliance;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.cookie.StorageKey;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.StorageEntry;
import nl.cookiekeur.evidence.Urls;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.site.RegistrableDomain;
import org.jspecify.annotations.Nullable;

/**
 * The evidence of one scan with everything the checks share, computed once: every cookie and storage entry
 * classified and advised, every request to a known tracker host, and the declarations of the site's
 * statements.
 */
public final class AssessmentContext {
    private final ScanEvidence evidence;
    private final String siteHost;
    private final List<ClassifiedCookie> cookies;
    private final List<ClassifiedStorage> storage;
    private final List<TrackedRequest> trackedRequests;
    private final List<DeclaredCookie> declared;
    private final KnowledgeBase knowledge;
    private final SiteFacts facts;
    private @Nullable List<DeclarationMismatch> mismatches;

    AssessmentContext(
            ScanEvidence evidence,
            CookieClassifier classifier,
            KnowledgeBase knowledge,
            CookieAdvisor advisor,
            SiteFacts facts) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.knowledge = knowledge;
        this.siteHost = Urls.host(evidence.scan().startUrl());
        List<ClassifiedCookie> classifiedCookies = new ArrayList<>();
        for (ObservedCookie cookie : evidence.cookies()) {
            classifiedCookies.add(classify(cookie, classifier, advisor));
        }
        this.cookies = List.copyOf(classifiedCookies);
        List<ClassifiedStorage> classifiedStorage = new ArrayList<>();
        for (StorageEntry entry : evidence.storage()) {
            classifiedStorage.add(classify(entry, advisor));
        }
        this.storage = List.copyOf(classifiedStorage);
        List<TrackedRequest> tracked = new ArrayList<>();
        for (ObservedRequest request : evidence.requests()) {
            Tracker tracker = trackerOfHost(request.host());
            if (tracker != null) {
                tracked.add(new TrackedRequest(request, tracker, VendorFamily.of(tracker)));
            }
        }
        this.trackedRequests = List.copyOf(tracked);
        this.declared = DeclarationReader.read(evidence.statements());
    }

    /** The evidence. */
    public ScanEvidence evidence() {
        return evidence;
    }

    /** What the owner declares about the site's tools. */
    SiteFacts facts() {
        return facts;
    }

    /** The lower-case host of the start URL. */
    String siteHost() {
        return siteHost;
    }

    /** Every classified cookie observation, in evidence order. */
    List<ClassifiedCookie> cookies() {
        return cookies;
    }

    /** Every classified storage observation, in evidence order. */
    List<ClassifiedStorage> storage() {
        return storage;
    }

    /** The classified cookies and storage entries of a phase. */
    List<ClassifiedItem> items(Phase phase) {
        List<ClassifiedItem> items = new ArrayList<>();
        cookies.stream().filter(c -> c.phase() == phase).forEach(items::add);
        storage.stream().filter(s -> s.phase() == phase).forEach(items::add);
        return items;
    }

    /** The requests to known tracker hosts in a phase. */
    List<TrackedRequest> trackedRequests(Phase phase) {
        return trackedRequests.stream()
                .filter(r -> r.request().phase() == phase)
                .toList();
    }

    /** Every request to a known tracker host. */
    List<TrackedRequest> trackedRequests() {
        return trackedRequests;
    }

    /** The cookies the site's statements declare. */
    List<DeclaredCookie> declared() {
        return declared;
    }

    /** The differences between what the statements declare and what was observed, computed once. */
    synchronized List<DeclarationMismatch> declarationMismatches() {
        List<DeclarationMismatch> computed = mismatches;
        if (computed == null) {
            computed = DeclarationComparison.compare(this);
            mismatches = computed;
        }
        return computed;
    }

    /** The tracker a host belongs to, {@code null} when none or when the host is empty. */
    @Nullable
    Tracker trackerOfHost(String host) {
        if (host.isBlank()) {
            return null;
        }
        try {
            return knowledge.trackerForHost(host).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The tracker the script or page at this URL belongs to, {@code null} when none. */
    @Nullable
    Tracker trackerOfUrl(@Nullable String url) {
        return url == null ? null : trackerOfHost(Urls.host(url));
    }

    /**
     * The tracker whose script set a cookie or storage key, {@code null} when none; a CDN or hosting provider
     * that merely served the script does not count.
     */
    @Nullable
    Tracker setterOf(@Nullable String scriptUrl) {
        Tracker tracker = trackerOfUrl(scriptUrl);
        return tracker == null || tracker.hostsOthersCode() ? null : tracker;
    }

    /** Whether the host or cookie domain belongs to another site than the scanned one. */
    boolean thirdParty(String hostOrDomain) {
        return !siteHost.isEmpty() && !hostOrDomain.isBlank() && !RegistrableDomain.sameSite(siteHost, hostOrDomain);
    }

    /** The first banner observation of a phase, or empty when the phase has none. */
    Optional<BannerObservation> firstBanner(Phase phase) {
        return evidence.banners(phase).stream().findFirst();
    }

    /** The first banner that was found in the phase, or empty. */
    Optional<BannerObservation> foundBanner(Phase phase) {
        return evidence.banners(phase).stream().filter(BannerObservation::found).findFirst();
    }

    /**
     * The banner as first seen: the first found banner of the initial phase, else of the reject or accept
     * phase; empty when no phase found one.
     */
    Optional<BannerObservation> banner() {
        for (Phase phase : List.of(Phase.INITIAL, Phase.REJECT, Phase.ACCEPT)) {
            Optional<BannerObservation> found = foundBanner(phase);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The choice made in a phase, or empty when none was recorded. */
    Optional<ConsentChoice> choice(Phase phase) {
        return evidence.choices().stream().filter(c -> c.phase() == phase).findFirst();
    }

    /** Whether the phase ran and its choice was made through the banner. */
    boolean choiceMade(Phase phase) {
        return evidence.ran(phase)
                && choice(phase).map(c -> c.outcome() == ChoiceOutcome.MADE).orElse(false);
    }

    /** The visits of a phase in order. */
    List<PageVisit> visits(Phase phase) {
        return evidence.visits(phase).stream()
                .sorted(Comparator.comparingInt(PageVisit::order))
                .toList();
    }

    /**
     * When the observation after the phase's choice starts: the start of the phase's visit number 2 (the reload
     * after the choice), {@code null} when the phase has none. A phase that goes on from the page another phase
     * left has no visit 1 of its own (that page was the other phase's), so its first visit is number 2.
     */
    @Nullable
    Instant afterChoice(Phase phase) {
        return visits(phase).stream()
                .filter(v -> v.order() == 2)
                .map(PageVisit::startedAt)
                .findFirst()
                .orElse(null);
    }

    /** The visit of a phase whose URL or final URL is this page, or empty. */
    Optional<PageVisit> visitOf(Phase phase, String pageUrl) {
        return visits(phase).stream()
                .filter(v -> v.url().equals(pageUrl) || v.finalUrl().equals(pageUrl))
                .findFirst();
    }

    private ClassifiedCookie classify(ObservedCookie observed, CookieClassifier classifier, CookieAdvisor advisor) {
        Cookie cookie = observed.toCookie();
        boolean thirdParty = thirdParty(observed.domain());
        Classification classification;
        try {
            classification = classifier.classify(cookie);
        } catch (RuntimeException e) {
            classification = new Classification(Category.UNKNOWN, 0, null, Classification.PREDICTED, thirdParty);
        }
        Tracker setter = setterOf(observed.setter());
        if (setter == null && thirdParty) {
            setter = trackerOfHost(observed.domain().replaceFirst("^\\.+", ""));
        }
        VendorFamily family = VendorFamily.ofItem(observed.name(), classification.vendor(), setter);
        return new ClassifiedCookie(
                observed, classification, advise(advisor, cookie, classification, facts), setter, family);
    }

    private ClassifiedStorage classify(StorageEntry entry, CookieAdvisor advisor) {
        String originHost = Urls.host(entry.origin());
        boolean thirdParty = thirdParty(originHost);
        Tracker setter = setterOf(entry.setterScript());
        Classification classification = null;
        boolean byTracker = false;
        KnowledgeEntry known = lookup(entry);
        if (known != null && known.category() != Category.UNKNOWN) {
            String vendor = known.platform().isBlank() ? null : known.platform();
            classification = new Classification(known.category(), 1.0, vendor, known.id(), thirdParty);
        } else if (setter != null && setter.category() != Category.UNKNOWN) {
            classification =
                    new Classification(setter.category(), 0.8, setter.name(), "tracker:" + setter.id(), thirdParty);
            byTracker = true;
        }
        if (classification == null) {
            classification = new Classification(Category.UNKNOWN, 0, null, Classification.PREDICTED, thirdParty);
        }
        Cookie asCookie = new Cookie(
                entry.key().isBlank() ? "(leeg)" : entry.key(),
                originHost,
                "/",
                "",
                null,
                entry.kind() == StorageKind.SESSION_STORAGE,
                false,
                true,
                false,
                SameSite.UNSPECIFIED,
                Urls.parseOrBlank(entry.pageUrl()),
                entry.setterScript() == null ? null : Urls.parseOrNull(entry.setterScript()));
        VendorFamily family = VendorFamily.ofItem(entry.key(), classification.vendor(), setter);
        return new ClassifiedStorage(
                entry, classification, advise(advisor, asCookie, classification, facts), setter, family, byTracker);
    }

    private @Nullable KnowledgeEntry lookup(StorageEntry entry) {
        if (entry.key().isBlank()) {
            return null;
        }
        try {
            URI setter = entry.setterScript() == null ? null : Urls.parseOrNull(entry.setterScript());
            StorageKey key = new StorageKey(
                    entry.kind(),
                    entry.key(),
                    Urls.parseOrBlank(entry.origin()),
                    Urls.parseOrBlank(entry.pageUrl()),
                    setter);
            if (knowledge.lookup(key) instanceof CookieLookup.Identified identified) {
                return identified.match().entry();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static CookieAdvice advise(
            CookieAdvisor advisor, Cookie cookie, Classification classification, SiteFacts facts) {
        try {
            return advisor.advise(cookie, classification, facts.exemptionSettingsDeclared(classification.vendor()));
        } catch (RuntimeException e) {
            Classification unknown = new Classification(
                    Category.UNKNOWN,
                    0,
                    classification.vendor(),
                    Classification.PREDICTED,
                    classification.thirdParty());
            return advisor.advise(cookie, unknown);
        }
    }
}
