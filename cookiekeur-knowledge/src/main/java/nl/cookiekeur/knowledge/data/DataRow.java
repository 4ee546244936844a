package nl.cookiekeur.knowledge.data;

import nl.cookiekeur.site.WebUrl;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** One row of a data file with its file name and starting line, able to report a problem on that line. */
record DataRow(String file, long line, CSVRecord record) {

    /** The stripped value of a column (empty when blank). */
    String get(String column) {
        return record.get(column).strip();
    }

    /** The stripped value of a column, failing the row when it is empty. */
    String required(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            throw fail("empty-field", column);
        }
        return value;
    }

    /** A {@code 0}/{@code 1} flag. */
    boolean flag(String column) {
        return switch (get(column)) {
            case "0" -> false;
            case "1" -> true;
            default -> throw fail("bad-wildcard", get(column));
        };
    }

    /** An http(s) URL or {@code null} when the column is empty. */
    @Nullable
    String optionalUrl(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (WebUrl.parse(value).isEmpty()) {
            throw fail("bad-url", value);
        }
        return value;
    }

    /** A problem with this row. */
    DataFileException fail(String problemKey, Object... arguments) {
        return new DataFileException(file, line, problemKey, arguments);
    }
}
