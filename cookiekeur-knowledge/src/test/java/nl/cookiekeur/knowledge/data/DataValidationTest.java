package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken fixture files must fail loading with the file, the line where the bad row starts and the problem. */
class DataValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ocd-bad-wildcard.csv | 4 | bad-wildcard | ocd-bad-wildcard.csv:4: het veld 'Wildcard match' moet 0 of 1 zijn, niet 'yes'",
                "ocd-duplicate-id.csv | 3 | duplicate-id | ocd-duplicate-id.csv:3: id '256c0fe2-d881-11e9-8a34-2a2ae2dbcce4' komt al eerder voor",
                "ocd-extra-column.csv | 2 | column-count | ocd-extra-column.csv:2: de regel heeft 11 kolommen, verwacht 10",
                "ocd-bad-domain.csv | 2 | bad-domain | ocd-bad-domain.csv:2: ongeldig domein 'bad!domain.com'",
                "ocd-bad-header.csv | 1 | bad-header | "
            })
    void openCookieDatabaseRowsAreValidated(String file, long line, String problem, String message) {
        DataFileException failure = failureOf(file, OpenCookieDatabase::read);

        assertThat(failure.file()).isEqualTo(file);
        assertThat(failure.line()).isEqualTo(line);
        assertThat(failure.problemKey()).isEqualTo(problem);
        if (message != null) {
            assertThat(failure).hasMessage(message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "whotracks-unknown-category.csv | 4 | unknown-category",
                "whotracks-bad-domain.csv | 3 | bad-domain",
                "whotracks-registry-suffix.csv | 2 | public-suffix"
            })
    void whoTracksMeRowsAreValidated(String file, long line, String problem) {
        DataFileException failure = failureOf(file, WhoTracksMe::read);

        assertThat(failure.line()).isEqualTo(line);
        assertThat(failure.problemKey()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "curated-missing-justification.csv | 4 | missing-justification",
                "curated-not-registrable.csv | 2 | not-registrable",
                "curated-bad-retention.csv | 2 | bad-retention",
                "curated-unknown-category.csv | 2 | unknown-category"
            })
    void curatedRowsAreValidated(String file, long line, String problem) {
        DataFileException failure = failureOf(file, CuratedCookies::read);

        assertThat(failure.line()).isEqualTo(line);
        assertThat(failure.problemKey()).isEqualTo(problem);
    }

    @Test
    void problemsAreExplainedInEnglishOnRequest() {
        DataFileException failure = failureOf("curated-not-registrable.csv", CuratedCookies::read);

        assertThat(failure.message(Language.ENGLISH))
                .isEqualTo("curated-not-registrable.csv:2: 'www.vendor.example.com' is not a registrable domain"
                        + " (expected: 'example.com')");
    }

    @Test
    void whoTracksCountryCodesAreUpperCased() {
        String csv =
                String.join(",", WhoTracksMe.HEADER) + "\nhotjar.com,hotjar,Hotjar,site_analytics,hotjar,Hotjar,mt,,\n";

        assertThat(WhoTracksMe.read(new java.io.StringReader(csv), "t.csv")
                        .getFirst()
                        .country())
                .isEqualTo("MT");
    }

    @Test
    void everyShippedFileLoads() {
        assertThat(OpenCookieDatabase.load()).hasSize(2264);
        assertThat(WhoTracksMe.load()).hasSize(4327);
        assertThat(CuratedCookies.load()).isNotEmpty();
        assertThat(CuratedTrackers.load()).isNotEmpty();
    }

    private static DataFileException failureOf(String file, BiFunction<Reader, String, List<?>> loader) {
        InputStream stream = Objects.requireNonNull(DataValidationTest.class.getResourceAsStream("/fixtures/" + file));
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            List<?> loaded = loader.apply(reader, file);
            throw new AssertionError("expected " + file + " to fail, but it loaded " + loaded.size() + " rows");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (DataFileException e) {
            return e;
        }
    }

    @Test
    void failureOfDetectsAFileThatLoads() {
        assertThatThrownBy(() -> failureOf("../nl/cookiekeur/knowledge/data/curated/cookies.csv", CuratedCookies::read))
                .isInstanceOf(AssertionError.class);
    }
}
