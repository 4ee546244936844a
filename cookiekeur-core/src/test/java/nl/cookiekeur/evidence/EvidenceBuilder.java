package nl.cookiekeur.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.cookie.StorageKind;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link ScanEvidence} in code for tests, with a deterministic clock: phase {@code p} starts at
 * {@link #T0} plus {@code p} hours, visit {@code n} of a phase starts {@code n} minutes later, and an item
 * added after a visit is first seen five seconds into it. Items added before any visit of their phase
 * belong to an automatic first visit of the start URL.
 *
 * <pre>{@code
 * ScanEvidence evidence = EvidenceBuilder.site("https://www.shop.nl/")
 *         .cookie(Phase.INITIAL, "_ga", ".shop.nl", Duration.ofDays(730))
 *         .request(Phase.INITIAL, "https://www.google-analytics.com/g/collect?v=2")
 *         .banner(Phase.INITIAL).button(1, ControlRole.ACCEPT, "Accepteren").done()
 *         .choice(Phase.REJECT, ChoiceOutcome.NO_CONTROL, 0, 0)
 *         .build();
 * }</pre>
 */
public final class EvidenceBuilder {
    /** The moment the built scan starts. */
    public static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private final String startUrl;
    private List<Phase> phases = List.of(Phase.values());
    private final List<PageVisit> visits = new ArrayList<>();
    private final Map<Phase, Integer> visitCount = new EnumMap<>(Phase.class);
    private final List<ObservedCookie> cookies = new ArrayList<>();
    private final List<StorageEntry> storage = new ArrayList<>();
    private final List<ObservedRequest> requests = new ArrayList<>();
    private final List<FingerprintCall> fingerprinting = new ArrayList<>();
    private final List<BannerObservation> banners = new ArrayList<>();
    private final List<ConsentChoice> choices = new ArrayList<>();
    private final List<ConsentSignal> signals = new ArrayList<>();
    private final List<Screenshot> screenshots = new ArrayList<>();
    private final List<PolicyText> statements = new ArrayList<>();
    private final List<ScanProblem> problems = new ArrayList<>();
    private final List<BannerEvent> bannerEvents = new ArrayList<>();

    private EvidenceBuilder(String startUrl) {
        this.startUrl = startUrl;
    }

    /** A scan of the site at this start URL with all four phases run. */
    public static EvidenceBuilder site(String startUrl) {
        return new EvidenceBuilder(startUrl);
    }

    /** The phases that were run (default: all four). */
    public EvidenceBuilder phases(Phase... ran) {
        this.phases = List.of(ran);
        return this;
    }

    /** A visit of a page in a phase (in Dutch). */
    public EvidenceBuilder visit(Phase phase, String url) {
        return visit(phase, url, false, "nl");
    }

    /** A visit of a page entered directly (deep entry) in a phase. */
    public EvidenceBuilder deepVisit(Phase phase, String url) {
        return visit(phase, url, true, "nl");
    }

    /**
     * The phase goes on from the page another phase left (as the scanner's withdraw phase does on the accepted
     * page): that page was its visit 1, so its own next visit is number 2, and what is added before that visit
     * happened before it.
     */
    public EvidenceBuilder continuedFromThePageLeft(Phase phase) {
        visitCount.put(phase, 1);
        return this;
    }

    /** A visit with every detail that checks use. */
    public EvidenceBuilder visit(Phase phase, String url, boolean deepEntry, String language) {
        int order = visitCount.merge(phase, 1, Integer::sum);
        visits.add(new PageVisit(
                phase,
                order,
                url,
                url,
                "Pagina " + order,
                language,
                200,
                deepEntry,
                visitStart(phase, order),
                4_000,
                ""));
        return this;
    }

    /** A cookie set by the page (host-only when the domain does not start with a dot). */
    public EvidenceBuilder cookie(Phase phase, String name, String domain, @Nullable Duration lifetime) {
        return cookie(phase, name, domain, lifetime, null, SameSite.LAX);
    }

    /** A cookie with the script or response that set it and its SameSite attribute. */
    public EvidenceBuilder cookie(
            Phase phase,
            String name,
            String domain,
            @Nullable Duration lifetime,
            @Nullable String setter,
            SameSite sameSite) {
        Instant seen = now(phase);
        cookies.add(new ObservedCookie(
                phase,
                currentPage(phase),
                name,
                domain,
                "/",
                "v1",
                lifetime == null ? null : seen.plus(lifetime),
                name.length() + 2L,
                false,
                !domain.startsWith("."),
                true,
                sameSite,
                null,
                setter == null ? CookieSource.HTTP : CookieSource.SCRIPT,
                setter,
                seen,
                false));
        return this;
    }

    /**
     * A cookie whose requested lifetime the browser cut: the jar keeps it for {@code min(requested, 400 days)}
     * while the site asked for {@code requested} (as Chromium does with a two-year {@code _ga}).
     */
    public EvidenceBuilder requestedCookie(
            Phase phase, String name, String domain, Duration requested, @Nullable String setter) {
        cookie(phase, name, domain, min(requested, ObservedCookie.BROWSER_CAP), setter, SameSite.LAX);
        ObservedCookie kept = cookies.remove(cookies.size() - 1);
        cookies.add(kept.withRequestedExpires(kept.firstSeen().plus(requested)));
        return this;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A cookie observation given in full. */
    public EvidenceBuilder cookie(ObservedCookie cookie) {
        cookies.add(cookie);
        return this;
    }

    /** A storage entry written by a script (or an unknown writer when {@code setterScript} is null). */
    public EvidenceBuilder storage(
            Phase phase, StorageKind kind, String origin, String key, @Nullable String setterScript) {
        storage.add(new StorageEntry(phase, currentPage(phase), kind, origin, key, "x", 1, setterScript));
        return this;
    }

    /** A storage entry given in full. */
    public EvidenceBuilder storage(StorageEntry entry) {
        storage.add(entry);
        return this;
    }

    /** A script or XHR request to a URL. */
    public EvidenceBuilder request(Phase phase, String url) {
        return request(phase, url, "script", false, Map.of(), Map.of());
    }

    /** A tracking pixel (tiny image) request. */
    public EvidenceBuilder pixel(Phase phase, String url) {
        return request(phase, url, "image", true, Map.of(), Map.of());
    }

    /** A request in full detail; third party is decided from the start URL's host. */
    public EvidenceBuilder request(
            Phase phase,
            String url,
            String resourceType,
            boolean trackingPixel,
            Map<String, String> clickIds,
            Map<String, String> consentMode) {
        String host = Urls.host(url);
        String site = Urls.host(startUrl);
        boolean thirdParty = !lastTwo(host).equals(lastTwo(site));
        requests.add(new ObservedRequest(
                phase,
                currentPage(phase),
                url,
                "GET",
                resourceType,
                currentPage(phase),
                null,
                thirdParty,
                200,
                trackingPixel,
                clickIds,
                consentMode,
                now(phase)));
        return this;
    }

    /** A fingerprinting attempt. */
    public EvidenceBuilder fingerprint(
            Phase phase, FingerprintTechnique technique, @Nullable String script, String detail) {
        fingerprinting.add(new FingerprintCall(phase, currentPage(phase), technique, script, detail, 3));
        return this;
    }

    /** Starts describing the banner seen on the current page of a phase. */
    public BannerBuilder banner(Phase phase) {
        return new BannerBuilder(this, phase, currentPage(phase));
    }

    /** Records that no banner was found on the current page of a phase. */
    public EvidenceBuilder noBanner(Phase phase) {
        banners.add(new BannerObservation(
                phase,
                currentPage(phase),
                false,
                "",
                null,
                null,
                null,
                "",
                "",
                false,
                false,
                false,
                List.of(),
                List.of(),
                false,
                null));
        return this;
    }

    /** How the choice of a phase went, with the texts of the controls clicked. */
    public EvidenceBuilder choice(Phase phase, ChoiceOutcome outcome, int layer, int interactions, String... steps) {
        String page = visitCount.containsKey(phase) ? firstPage(phase) : currentPage(phase);
        choices.add(new ConsentChoice(phase, page, outcome, layer, List.of(steps), interactions, null, ""));
        return this;
    }

    /** A consent signal read in a phase. */
    public EvidenceBuilder signal(
            Phase phase, ConsentSignalKind kind, String source, String raw, Map<String, String> decoded) {
        signals.add(new ConsentSignal(phase, currentPage(phase), kind, source, raw, decoded, now(phase)));
        return this;
    }

    /** A screenshot of the current page of a phase. */
    public EvidenceBuilder screenshot(Phase phase, String moment, String file) {
        screenshots.add(new Screenshot(phase, currentPage(phase), moment, file));
        return this;
    }

    /** A statement the site links to; each row is a table row with cells separated by tabs. */
    public EvidenceBuilder statement(String url, String kind, String text, String... rows) {
        statements.add(new PolicyText(startUrl, url, kind, "Cookieverklaring", text, List.of(rows)));
        return this;
    }

    /**
     * The banner watcher saw a candidate on the current page of a phase: it appeared at {@code appearedAt} ms
     * with these page-lock signals and, when {@code removal} is not {@code NONE}, went away at {@code goneAt}
     * ms with that cause, the listed consent names being new then.
     */
    public EvidenceBuilder bannerOverTime(
            Phase phase,
            long appearedAt,
            List<String> wallSignals,
            BannerRemoval removal,
            long goneAt,
            String... consentWritten) {
        String page = currentPage(phase);
        bannerEvents.add(new BannerEvent(
                phase,
                page,
                BannerEventKind.APPEARED,
                appearedAt,
                "div#cookie-melding",
                "Wij gebruiken cookies",
                BannerRemoval.NONE,
                wallSignals,
                List.of(),
                null));
        if (removal != BannerRemoval.NONE) {
            bannerEvents.add(new BannerEvent(
                    phase,
                    page,
                    BannerEventKind.DISAPPEARED,
                    goneAt,
                    "div#cookie-melding",
                    "",
                    removal,
                    wallSignals,
                    List.of(consentWritten),
                    null));
        }
        return this;
    }

    /** A problem met during the scan. */
    public EvidenceBuilder problem(@Nullable Phase phase, String kind, String message) {
        problems.add(new ScanProblem(phase, startUrl, kind, message));
        return this;
    }

    /** The evidence. */
    public ScanEvidence build() {
        ScanInfo info = new ScanInfo(
                ScanEvidence.FORMAT_VERSION,
                startUrl,
                T0,
                T0.plus(Duration.ofHours(phases.size())),
                "test",
                "Chromium test",
                "Mozilla/5.0 test",
                "1366x768",
                phases,
                5);
        ScanEvidence named = new ScanEvidence(
                info,
                visits,
                cookies,
                storage,
                requests,
                fingerprinting,
                banners,
                choices,
                signals,
                screenshots,
                statements,
                problems);
        Map<RecordKind<?>, List<?>> records = new java.util.LinkedHashMap<>(named.records());
        records.put(RecordKinds.BANNER_EVENTS, List.copyOf(bannerEvents));
        return new ScanEvidence(info, records);
    }

    void addBanner(BannerObservation banner) {
        banners.add(banner);
    }

    private String currentPage(Phase phase) {
        if (!visitCount.containsKey(phase)) {
            visit(phase, startUrl);
        }
        String page = startUrl;
        for (PageVisit visit : visits) {
            if (visit.phase() == phase) {
                page = visit.url();
            }
        }
        return page;
    }

    private String firstPage(Phase phase) {
        return visits.stream()
                .filter(v -> v.phase() == phase)
                .findFirst()
                .map(PageVisit::url)
                .orElse(startUrl);
    }

    private Instant now(Phase phase) {
        int order = visitCount.getOrDefault(phase, 1);
        return visitStart(phase, order).plusSeconds(5);
    }

    private static Instant visitStart(Phase phase, int order) {
        return T0.plus(Duration.ofHours(List.of(Phase.values()).indexOf(phase))).plus(Duration.ofMinutes(order));
    }

    private static String lastTwo(String host) {
        String[] labels = host.split("\\.");
        return labels.length < 2 ? host : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
