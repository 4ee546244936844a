package nl.cookiekeur.cli.knowledge;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The records of a line-based file, read lazily so that large files stream; skipped lines give no record. */
final class LineRows implements Iterator<RowReading> {
    /** Reads one line; {@code null} when the line holds no record (blank or a comment). */
    interface LineReader {
        @Nullable
        RowReading read(int line, String text);
    }

    private final Iterator<String> lines;
    private final LineReader reader;
    private int line;
    private @Nullable RowReading next;

    /** Records of {@code lines}, the first of which is line {@code firstLine} of the file. */
    LineRows(Iterator<String> lines, int firstLine, LineReader reader) {
        this.lines = lines;
        this.reader = reader;
        this.line = firstLine - 1;
    }

    @Override
    public boolean hasNext() {
        while (next == null && lines.hasNext()) {
            String text = lines.next();
            line++;
            next = reader.read(line, text);
        }
        return next != null;
    }

    @Override
    public RowReading next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RowReading row = Objects.requireNonNull(next);
        next = null;
        return row;
    }
}
