package nl.cookiekeur.knowledge.classifier;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.CookieExchangeFormat;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;

/**
 * Writes a sample of generated observed cookies in the exchange CSV format, with the true category in a
 * separate {@code label} column; run {@code main(file, count)} to regenerate the shipped sample.
 */
public final class ObservedCookieSample {
    /** The header of the exchange format, with the label column last. */
    public static final List<String> HEADER = Stream.concat(
                    CookieExchangeFormat.COLUMNS.stream(), Stream.of(CookieExchangeFormat.LABEL))
            .toList();
    /** The seed of the shipped sample. */
    public static final long SEED = 20_261_122L;

    private ObservedCookieSample() {}

    /** {@code count} observations of entries drawn uniformly with the given seed. */
    public static List<ObservedCookie> draw(List<KnowledgeEntry> entries, int count, long seed) {
        List<KnowledgeEntry> known =
                entries.stream().filter(e -> e.category() != Category.UNKNOWN).toList();
        Random draw = new Random(seed);
        ObservedCookieGenerator generator = new ObservedCookieGenerator(seed + 1);
        List<ObservedCookie> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            KnowledgeEntry entry = known.get(draw.nextInt(known.size()));
            sample.add(new ObservedCookie(generator.observe(entry), entry));
        }
        return sample;
    }

    /** Writes the observations as CSV with a header line. */
    public static void write(List<ObservedCookie> sample, Appendable out) throws IOException {
        out.append(String.join(",", HEADER)).append('\n');
        for (ObservedCookie observed : sample) {
            Cookie c = observed.cookie();
            Long expires = c.expiresInSeconds();
            List<String> fields = List.of(
                    c.name(),
                    c.domain(),
                    c.path(),
                    c.value(),
                    expires == null ? "" : expires.toString(),
                    Boolean.toString(c.session()),
                    Boolean.toString(c.httpOnly()),
                    Boolean.toString(c.hostOnly()),
                    Boolean.toString(c.secure()),
                    c.sameSite() == SameSite.UNSPECIFIED ? "" : sameSite(c.sameSite()),
                    c.site().toString(),
                    observed.label().id());
            out.append(String.join(
                            ",",
                            fields.stream().map(ObservedCookieSample::quote).toList()))
                    .append('\n');
        }
    }

    private static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * Regenerates a sample from the shipped Open Cookie Database: arguments are the output file and the
     * number of rows (default 3000).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("gebruik: ObservedCookieSample <uitvoer.csv> [aantal]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            write(draw(OpenCookieDatabase.load(), count, SEED), out);
        }
    }

    private static String sameSite(SameSite sameSite) {
        String name = sameSite.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
