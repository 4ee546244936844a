package nl.cookiekeur.knowledge.data;

import java.util.Objects;
import nl.cookiekeur.classification.KnowledgeEntry;

/**
 * A row of our curated cookie file: the entry, why we added or changed it, and where it stands.
 *
 * @param entry the knowledge entry (source {@link CuratedCookies#SOURCE_ID})
 * @param justification one line saying why the row exists
 * @param file the file name, for problems
 * @param line the line the row starts on, for problems
 */
public record CuratedEntry(KnowledgeEntry entry, String justification, String file, long line) {
    public CuratedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(file, "file");
    }

    /** A problem with this row, such as a {@code replaces} id that does not exist upstream. */
    DataFileException fail(String problemKey, Object... arguments) {
        return new DataFileException(file, line, problemKey, arguments);
    }
}
