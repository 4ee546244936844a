package nl.cookiekeur.scanner.page;

import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.StorageEntry;

/** PLACEHOLDER on branch scanner until branch instruments lands (contract of issue 4). */
public record PageObservations(
        List<StorageEntry> storage,
        List<FingerprintCall> fingerprinting,
        List<ConsentSignal> consentSignals,
        Map<String, String> cookieSetters) {}
