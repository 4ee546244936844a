package nl.cookiekeur.ledger;

import java.time.Clock;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ConsentPlatform;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerSettings;
import org.jspecify.annotations.Nullable;

/** The consent platform backed by the ledger and its HTTP server. */
public final class LedgerPlatform implements ConsentPlatform {
    private final Clock clock;

    public LedgerPlatform(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ConsentLedger open(@Nullable String databaseUrl) {
        return Ledger.open(databaseUrl, clock);
    }

    @Override
    public RunningServer serve(ServerSettings settings) {
        return LedgerServer.start(settings, clock);
    }
}
