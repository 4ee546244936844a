package nl.cookiekeur.ledger;

import java.time.Clock;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ConsentPlatform;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.evidence.ScanEvidence;
import org.jspecify.annotations.Nullable;

/** The consent platform backed by the ledger and its HTTP server. */
public final class LedgerPlatform implements ConsentPlatform {
    private final Clock clock;
    private final CookieClassifier classifier;

    /** A platform whose records carry times of {@code clock} and whose drafts classify with {@code classifier}. */
    public LedgerPlatform(Clock clock, CookieClassifier classifier) {
        this.clock = clock;
        this.classifier = classifier;
    }

    @Override
    public ConsentLedger open(@Nullable String databaseUrl) {
        return Ledger.open(databaseUrl, clock);
    }

    @Override
    public RunningServer serve(ServerSettings settings) {
        return LedgerServer.start(settings, clock);
    }

    @Override
    public String draftConfig(ScanEvidence evidence) {
        return new ConfigDrafter(classifier).draft(evidence);
    }
}
