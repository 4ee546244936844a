package nl.cookiekeur.consent;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The port through which the command line opens the consent ledger and starts its server. */
public interface ConsentPlatform {

    /**
     * Opens the ledger in the database a JDBC URL names, or in the embedded database when it is {@code null}.
     *
     * @throws ConsentException when the database cannot be opened
     */
    ConsentLedger open(@Nullable String databaseUrl);

    /**
     * Starts the HTTP server of the ledger; it runs until the returned handle is closed.
     *
     * @throws ConsentException when the database cannot be opened or the address cannot be bound
     */
    RunningServer serve(ServerSettings settings);

    /**
     * Drafts a site configuration (JSON) from the evidence of a scan saved in a folder: the cookies it saw,
     * classified into purposes and grouped per party. The draft is for the site owner to review before
     * publishing it.
     *
     * @throws ConsentException with {@link ConsentException.Reason#UNREADABLE_EVIDENCE} when the folder holds no
     *     readable evidence
     */
    String draftConfig(Path evidenceFolder);
}
