package nl.cookiekeur.ledger;

import java.nio.file.Path;
import java.time.Clock;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ConsentPlatform;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.EvidenceFormatException;
import org.jspecify.annotations.Nullable;

/** The consent platform backed by the ledger and its HTTP server. */
public final class LedgerPlatform implements ConsentPlatform {
    private final Clock clock;
    private final CookieClassifier classifier;
    private final EvidenceArchive archive;
    private final DatabaseOpener databases;
    private final RouteExtension extension;

    /**
     * A platform whose records carry times of {@code clock}, kept in the databases {@code databases} opens, and
     * whose drafts read scans through {@code archive} and classify their cookies with {@code classifier}.
     */
    public LedgerPlatform(Clock clock, CookieClassifier classifier, EvidenceArchive archive, DatabaseOpener databases) {
        this(clock, classifier, archive, databases, RouteExtension.NONE);
    }

    /** A platform whose server also carries the routes of {@code extension} (the web app's pages). */
    public LedgerPlatform(
            Clock clock,
            CookieClassifier classifier,
            EvidenceArchive archive,
            DatabaseOpener databases,
            RouteExtension extension) {
        this.clock = clock;
        this.classifier = classifier;
        this.archive = archive;
        this.databases = databases;
        this.extension = extension;
    }

    @Override
    public ConsentLedger open(@Nullable String databaseUrl) {
        return Ledger.open(databases, databaseUrl, clock);
    }

    @Override
    public RunningServer serve(ServerSettings settings) {
        return LedgerServer.start(Ledger.open(databases, settings.databaseUrl(), clock), true, settings, extension);
    }

    @Override
    public String draftConfig(Path evidenceFolder) {
        try {
            return new ConfigDrafter(classifier).draft(archive.read(evidenceFolder));
        } catch (EvidenceFormatException e) {
            throw new ConsentException(
                    ConsentException.Reason.UNREADABLE_EVIDENCE,
                    evidenceFolder.toString(),
                    "Het scanbewijs in " + evidenceFolder + " is niet leesbaar: " + e.getMessage(),
                    e);
        }
    }
}
