package nl.cookiekeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.reporting.html.HtmlReport;
import nl.cookiekeur.text.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile strings from the site end up as inert text in every report format. */
class EscapingTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "cookieverklaring.html"})
    void htmlHasNoScriptHandlerOrJavascriptUrlFromTheSite(String file) throws IOException {
        for (Assessment assessment : List.of(Hostile.assessment(), Hostile.withValidUrls())) {
            new FolderReportWriter().write(assessment, GoldenFilesTest.EVIDENCE, out, Language.DUTCH);
            Document doc = Jsoup.parse(out.resolve(file).toFile(), "UTF-8");

            assertThat(doc.select("script, iframe, object, embed, base, form, link"))
                    .isEmpty();
            assertThat(doc.select("svg").stream().flatMap(e -> e.select("*").stream()))
                    .allSatisfy(
                            e -> assertThat(e.tagName()).isIn("svg", "title", "text", "rect", "line", "g", "image"));
            // the one image inside an SVG is a screenshot this module read and checked, as a data: URI
            assertThat(doc.select("svg image"))
                    .allSatisfy(image -> assertThat(image.attr("href")).startsWith("data:image/png;base64,"));
            for (Element element : doc.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey())
                            .as("attribute on <%s>", element.tagName())
                            .doesNotStartWith("on");
                    assertThat(attribute.getKey()).isNotEqualTo("style");
                }
            }
            assertThat(doc.select("a[href]"))
                    .allSatisfy(a -> assertThat(a.attr("href")).matches("https?://.*|#shot-[0-9]+"));
            assertThat(doc.select("img"))
                    .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
            assertThat(doc.select("style")).hasSize(1);
            assertThat(doc.select("style").html()).doesNotContain("xss", "<");
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .isEqualTo(HtmlReport.CONTENT_SECURITY_POLICY);
            // the hostile text is shown, as text, not dropped
            assertThat(doc.text()).contains("<script>window.xssRan=1;alert('xss')</script>");
        }
    }

    @Test
    void javascriptUrlsAreShownButNeverLinked() throws IOException {
        new FolderReportWriter().write(Hostile.assessment(), GoldenFilesTest.EVIDENCE, out, Language.ENGLISH);
        Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");

        assertThat(doc.text()).contains(Hostile.URL + Sample.SITE);
        assertThat(doc.select("a[href^=javascript], a[href*=xssRan]")).isEmpty();
        // the citation links are our own and stay
        assertThat(doc.select("a[href^=https://wetten.overheid.nl/]")).isNotEmpty();
    }

    @Test
    void screenshotsOutsideTheEvidenceFolderOrNotImagesAreNotEmbedded() throws IOException {
        new FolderReportWriter().write(Sample.realistic(), GoldenFilesTest.EVIDENCE, out, Language.DUTCH);
        Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");

        assertThat(doc.select("figure.screenshot img")).isNotEmpty();
        assertThat(doc.select("figure.screenshot p.missing").text()).contains("../../../etc/passwd");
        assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("root:x:0:0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.md", "cookieverklaring.md"})
    void markdownCannotOpenALinkATagOrACell(String file) throws IOException {
        new FolderReportWriter().write(Hostile.assessment(), GoldenFilesTest.EVIDENCE, out, Language.DUTCH);
        String md = Files.readString(out.resolve(file), StandardCharsets.UTF_8);

        assertThat(md).contains("xssRan");
        for (int i = 0; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == '<' || c == '[' || c == ']' || c == '`' || c == '&') {
                assertThat(md.charAt(i - 1))
                        .as("escape before %s at %d in %s", c, i, file)
                        .isEqualTo('\\');
            }
        }
        // every table row keeps its number of cells: hostile '|' is escaped
        for (String line : md.split("\n")) {
            if (line.startsWith("| ")) {
                long cells =
                        line.replace("\\|", "").chars().filter(ch -> ch == '|').count();
                assertThat(cells).as(line).isIn(7L, 8L);
            }
        }
    }

    @Test
    void csvCellsCannotBecomeSpreadsheetFormulas() throws IOException {
        new FolderReportWriter()
                .write(
                        Sample.with(s -> "=HYPERLINK(\"http://evil\")" + s, s -> s),
                        GoldenFilesTest.EVIDENCE,
                        out,
                        Language.DUTCH);
        List<String> lines = Files.readAllLines(out.resolve("cookies.csv"));

        assertThat(lines.get(1)).startsWith("initial,\"'=HYPERLINK(\"\"http://evil\"\")PHPSESSID\",");
        assertThat(lines.stream().skip(1)).noneMatch(l -> l.contains(",=") || l.contains(",\"="));
    }
}
