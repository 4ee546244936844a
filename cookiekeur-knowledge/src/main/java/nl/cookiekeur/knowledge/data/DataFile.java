package nl.cookiekeur.knowledge.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a UTF-8 CSV data file with a fixed header, row by row, keeping the line where each row starts. */
final class DataFile {
    private DataFile() {}

    /** Reads all rows of a CSV text, converting each with {@code convert}; fails on the first bad row. */
    static <T> List<T> read(
            Reader reader, String file, List<String> header, boolean comments, Function<DataRow, T> convert) {
        CSVFormat.Builder format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true);
        if (comments) {
            format.setCommentMarker('#');
        }
        try (CSVParser parser = format.get().parse(reader)) {
            if (!parser.getHeaderNames().equals(header)) {
                throw new DataFileException(
                        file, parser.getCurrentLineNumber(), "bad-header", String.join(",", header));
            }
            return convertAll(parser, file, header.size(), convert);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new DataFileException(file, 0, "bad-csv", oneLine(e));
        }
    }

    /** Opens a classpath resource as UTF-8 text, or fails naming the file. */
    static Reader resource(String path) {
        InputStream stream = DataFile.class.getResourceAsStream(path);
        if (stream == null) {
            throw new DataFileException(path, 0, "missing-file");
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    private static <T> List<T> convertAll(CSVParser parser, String file, int columns, Function<DataRow, T> convert) {
        List<T> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            boolean more;
            try {
                more = records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new DataFileException(file, line, "bad-csv", oneLine(e));
            }
            if (!more) {
                return rows;
            }
            CSVRecord record = records.next();
            DataRow row = new DataRow(file, line, record);
            if (record.size() != columns) {
                throw row.fail("column-count", record.size(), columns);
            }
            rows.add(convert.apply(row));
        }
    }

    private static String oneLine(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
