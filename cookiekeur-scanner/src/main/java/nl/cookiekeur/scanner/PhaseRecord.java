package nl.cookiekeur.scanner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.evidence.Screenshot;
import nl.cookiekeur.evidence.StorageEntry;
import nl.cookiekeur.scanner.page.PageObservations;

/** What one phase (one browser profile) recorded; filled by one worker thread, read after it finished. */
final class PhaseRecord {
    private static final int MAX_PROBLEMS = 200;

    final Phase phase;
    final List<PageVisit> visits = new ArrayList<>();
    final List<ObservedCookie> cookies = new ArrayList<>();
    final List<StorageEntry> storage = new ArrayList<>();
    final List<ObservedRequest> requests = new ArrayList<>();
    final List<FingerprintCall> fingerprinting = new ArrayList<>();
    final List<BannerObservation> banners = new ArrayList<>();
    final List<ConsentChoice> choices = new ArrayList<>();
    final List<ConsentSignal> consentSignals = new ArrayList<>();
    final List<Screenshot> screenshots = new ArrayList<>();
    final List<PolicyText> statements = new ArrayList<>();
    final List<ScanProblem> problems = new ArrayList<>();
    final Map<String, String> scriptSetters = new LinkedHashMap<>();
    private final Set<String> storageKeys = new HashSet<>();
    private final Set<String> fingerprintKeys = new HashSet<>();

    PhaseRecord(Phase phase) {
        this.phase = phase;
    }

    void problem(String pageUrl, String kind, ScanNote note) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(ScanProblem.of(phase, pageUrl, kind, note));
        }
    }

    /** Adds what the page instruments saw; storage keys and fingerprinting per script are kept once. */
    void add(PageObservations observations, String pageUrl) {
        for (ScanNote problem : observations.problems()) {
            problem(pageUrl, "instruments", problem);
        }
        for (StorageEntry entry : observations.storage()) {
            if (storageKeys.add(entry.kind() + "\t" + entry.origin() + "\t" + entry.key())) {
                storage.add(entry);
            }
        }
        for (FingerprintCall call : observations.fingerprinting()) {
            if (fingerprintKeys.add(call.technique() + "\t" + call.script() + "\t" + call.pageUrl())) {
                fingerprinting.add(call);
            }
        }
        consentSignals.addAll(observations.consentSignals());
        observations.cookieSetters().forEach(scriptSetters::putIfAbsent);
    }
}
