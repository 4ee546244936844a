package nl.cookiekeur.cli.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cookie.Cookie;

/**
 * The reviewed list of declared labels that cannot stand in law ({@code label-reviews.csv}, columns {@code name,
 * domain, declared, reviewed, source, reason}; categories separated by spaces). Explained in
 * docs/real-world-labels.md; {@code knowledge classify} scores against the reviewed labels next to the declared
 * ones.
 */
final class LabelReviews {
    static final String RESOURCE = "label-reviews.csv";
    private static final List<String> HEADER = List.of("name", "domain", "declared", "reviewed", "source", "reason");

    private final List<LabelReview> reviews;

    private LabelReviews(List<LabelReview> reviews) {
        this.reviews = List.copyOf(reviews);
    }

    /** The list shipped with the command line. */
    static LabelReviews shipped() {
        try (InputStream in = LabelReviews.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelReviews read(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !CsvLine.split(header).orElse(List.of()).equals(HEADER)) {
            throw new IllegalStateException(RESOURCE + ": the header must be " + String.join(",", HEADER));
        }
        List<LabelReview> reviews = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int at = lineNumber;
            List<String> f = CsvLine.split(line)
                    .filter(fields -> fields.size() == HEADER.size())
                    .orElseThrow(() ->
                            new IllegalStateException(RESOURCE + ":" + at + ": expected " + HEADER.size() + " fields"));
            reviews.add(new LabelReview(
                    f.get(0), f.get(1), categories(f.get(2), at), categories(f.get(3), at), f.get(4), f.get(5)));
        }
        return new LabelReviews(reviews);
    }

    List<LabelReview> all() {
        return reviews;
    }

    /** The review that corrects {@code label} for {@code cookie}, if any. */
    Optional<LabelReview> find(Cookie cookie, Category label) {
        return reviews.stream().filter(r -> r.corrects(cookie, label)).findFirst();
    }

    private static Set<Category> categories(String field, int line) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (String id : Arrays.asList(field.strip().split("\\s+"))) {
            out.add(Category.fromId(id)
                    .filter(c -> c != Category.UNKNOWN)
                    .orElseThrow(() ->
                            new IllegalStateException(RESOURCE + ":" + line + ": unknown category '" + id + "'")));
        }
        return out;
    }
}
