package nl.cookiekeur.ledger;

import java.time.Clock;
import nl.cookiekeur.consent.ServerSettings;

/** A ledger server in its own JVM for the crash test: prints its port, then serves until it is killed. */
final class CrashServerMain {
    private CrashServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        LedgerServer server = LedgerServer.start(new ServerSettings("127.0.0.1", 0, args[0], null), Clock.systemUTC());
        System.out.println("PORT " + server.address().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
