package nl.cookiekeur.scanner;

import java.time.Instant;
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
import nl.cookiekeur.evidence.RecordKind;
import nl.cookiekeur.evidence.RecordKinds;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.evidence.Screenshot;
import nl.cookiekeur.evidence.ScriptBehaviour;
import nl.cookiekeur.evidence.StorageEntry;
import nl.cookiekeur.scanner.page.PageObservations;

/** What one phase (one browser profile) recorded; filled by one worker thread, read after it finished. */
final class PhaseRecord {
    private static final int MAX_PROBLEMS = 200;
    private static final int MAX_BEHAVIOURS = 500;

    final Phase phase;
    private final Map<RecordKind<?>, List<?>> records = new LinkedHashMap<>();
    // Named views of the registered kinds' lists, for the code that fills them.
    final List<PageVisit> visits = list(RecordKinds.VISITS);
    final List<ObservedCookie> cookies = list(RecordKinds.COOKIES);
    final List<StorageEntry> storage = list(RecordKinds.STORAGE);
    final List<ObservedRequest> requests = list(RecordKinds.REQUESTS);
    final List<FingerprintCall> fingerprinting = list(RecordKinds.FINGERPRINTING);
    final List<BannerObservation> banners = list(RecordKinds.BANNERS);
    final List<ConsentChoice> choices = list(RecordKinds.CHOICES);
    final List<ConsentSignal> consentSignals = list(RecordKinds.CONSENT_SIGNALS);
    final List<Screenshot> screenshots = list(RecordKinds.SCREENSHOTS);
    final List<PolicyText> statements = list(RecordKinds.STATEMENTS);
    final List<ScriptBehaviour> behaviours = list(RecordKinds.BEHAVIOURS);
    final List<ScanProblem> problems = list(RecordKinds.PROBLEMS);
    final Map<String, String> scriptSetters = new LinkedHashMap<>();
    final Map<String, Instant> scriptExpiries = new LinkedHashMap<>();
    private final Set<String> storageKeys = new HashSet<>();
    private final Set<String> fingerprintKeys = new HashSet<>();
    private final Set<String> behaviourKeys = new HashSet<>();

    PhaseRecord(Phase phase) {
        this.phase = phase;
    }

    /** The phase's records of one kind, a list to add to; created empty on first use. */
    @SuppressWarnings("unchecked") // each list is created for its own kind only
    <T extends Record> List<T> list(RecordKind<T> kind) {
        return (List<T>) records.computeIfAbsent(kind, k -> new ArrayList<T>());
    }

    void problem(String pageUrl, String kind, ScanNote note) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(ScanProblem.of(phase, pageUrl, kind, note));
        }
    }

    /** Adds what the behaviour instruments saw on a page, each behaviour of a script once per page. */
    void addBehaviours(List<ScriptBehaviour> seen) {
        for (ScriptBehaviour behaviour : seen) {
            String key = String.join(
                    "\t",
                    behaviour.kind().name(),
                    String.valueOf(behaviour.script()),
                    behaviour.target(),
                    behaviour.key(),
                    behaviour.pageUrl());
            if (behaviours.size() < MAX_BEHAVIOURS && behaviourKeys.add(key)) {
                behaviours.add(behaviour);
            }
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
        scriptExpiries.putAll(observations.cookieExpiries());
    }
}
