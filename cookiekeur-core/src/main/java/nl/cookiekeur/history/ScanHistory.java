package nl.cookiekeur.history;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The port that keeps judged scans so they can be listed and compared later. */
public interface ScanHistory extends AutoCloseable {

    /** Stores a judged scan and returns it with its number. */
    StoredScan save(ScanSnapshot snapshot) throws HistoryException;

    /** The stored scans, newest first, optionally only those of one site (host), at most {@code limit}. */
    List<StoredScan> list(@Nullable String site, int limit) throws HistoryException;

    /** The stored scan with this number and what it found, when there is one. */
    Optional<ScanSnapshot> find(long number) throws HistoryException;

    @Override
    void close();
}
