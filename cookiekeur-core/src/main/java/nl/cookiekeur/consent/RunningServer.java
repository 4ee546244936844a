package nl.cookiekeur.consent;

import java.net.URI;

/** A started ledger server; closing it stops accepting requests, flushes the writer and closes the database. */
public interface RunningServer extends AutoCloseable {

    /** Where the server listens, for example {@code http://127.0.0.1:8080/}. */
    URI address();

    /** The database it stores in, as shown to users. */
    String database();

    @Override
    void close();
}
