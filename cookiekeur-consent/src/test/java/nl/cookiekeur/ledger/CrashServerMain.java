package nl.cookiekeur.ledger;

import java.time.Clock;
import java.time.Duration;
import nl.cookiekeur.consent.ServerLimits;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.store.Database;

/** A ledger server in its own JVM for the crash test: prints its port, then serves until it is killed. */
final class CrashServerMain {
    private CrashServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        ServerSettings settings = new ServerSettings(
                "127.0.0.1", 0, args[0], null, new ServerLimits(Duration.ofSeconds(10), 1_000, 1_000, 0, 1));
        LedgerServer server = LedgerServer.start(
                Ledger.open(Database::open, settings.databaseUrl(), Clock.systemUTC()), true, settings);
        System.out.println("PORT " + server.address().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
