package nl.cookiekeur.scanner.page;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cookie and storage key names in which consent platforms keep the visitor's choice (resource
 * {@code cmp-storage-names.txt}), matched exactly or, for names ending in {@code *}, by prefix; case is
 * ignored.
 */
public final class CmpStorageNames {

    private static final String RESOURCE = "cmp-storage-names.txt";

    private final List<Entry> entries;

    private CmpStorageNames(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The list shipped with Cookiekeur. */
    public static CmpStorageNames shipped() {
        try (InputStream in = CmpStorageNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
            List<Entry> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean prefix = name.endsWith("*");
                entries.add(new Entry(
                        prefix ? name.substring(0, name.length() - 1) : name,
                        prefix,
                        parts.length > 1 ? parts[1].strip() : ""));
            }
            return new CmpStorageNames(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform that uses this name for its consent record, if it is a known one. */
    public Optional<String> platform(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (Entry entry : entries) {
            if (entry.prefix ? lower.startsWith(entry.name) : lower.equals(entry.name)) {
                return Optional.of(entry.platform);
            }
        }
        return Optional.empty();
    }

    private record Entry(String name, boolean prefix, String platform) {}
}
