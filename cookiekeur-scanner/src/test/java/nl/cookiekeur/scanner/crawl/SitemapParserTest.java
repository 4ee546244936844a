package nl.cookiekeur.scanner.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapParserTest {
    private static final String SITE = "shop.nl";

    private static Sitemap parse(String xml) {
        return SitemapParser.parse(xml.getBytes(UTF_8), SITE);
    }

    private static String urlset(String entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + entries + "</urlset>";
    }

    @Test
    void entitiesAndCharacterReferencesAreDecodedAndMarkupIsPercentEncoded() {
        Sitemap sitemap = parse(urlset("<url><loc> https://www.shop.nl/zoek?a=1&amp;b=2 </loc></url>"
                + "<url><loc>https://www.shop.nl/xss/3?&lt;script&gt;</loc></url>"
                + "<url><loc>https://www.shop.nl/&#x63;af&#233;</loc></url>"));

        assertThat(sitemap.index()).isFalse();
        assertThat(sitemap.truncated()).isFalse();
        assertThat(sitemap.locations())
                .containsExactly(
                        "https://www.shop.nl/zoek?a=1&b=2",
                        "https://www.shop.nl/xss/3?%3Cscript%3E",
                        "https://www.shop.nl/caf%C3%A9");
    }

    @Test
    void cdataCommentsAndForeignElementsAreReadAsText() {
        Sitemap sitemap = parse(urlset("<url><loc><![CDATA[https://www.shop.nl/a?x=1&y=2]]></loc>"
                + "<lastmod>2024-01-01</lastmod><image:image xmlns:image=\"urn:i\"><image:loc>https://www.shop.nl/i.png"
                + "</image:loc></image:image></url><!-- <loc>https://www.shop.nl/comment</loc> -->"));

        assertThat(sitemap.locations()).containsExactly("https://www.shop.nl/a?x=1&y=2");
    }

    @Test
    void otherSitesRelativeAndNonHttpLocationsAreDropped() {
        Sitemap sitemap = parse(urlset("<url><loc>https://evil.example/</loc></url>"
                + "<url><loc>/relatief</loc></url>"
                + "<url><loc>javascript:alert(1)</loc></url>"
                + "<url><loc>file:///etc/passwd</loc></url>"
                + "<url><loc>https://user:secret@blog.shop.nl/p</loc></url>"));

        assertThat(sitemap.locations()).containsExactly("https://blog.shop.nl/p");
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("geheim.txt"), "https://www.shop.nl/GEHEIM");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + urlset("<url><loc>&xxe;</loc></url>").substring(urlset("").indexOf("<urlset"));

        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(SitemapFormatException.class);
    }

    @Test
    void anUndeclaredEntityWithoutDtdIsRefused() {
        assertThatThrownBy(() -> parse(urlset("<url><loc>https://www.shop.nl/&nbsp;</loc></url>")))
                .isInstanceOf(SitemapFormatException.class);
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">");
        }
        String bomb = dtd + "]><urlset><url><loc>https://www.shop.nl/&lol9;</loc></url></urlset>";

        assertThatThrownBy(() -> parse(bomb))
                .isInstanceOf(SitemapFormatException.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void gzipIsRecognisedByItsMagicBytes() throws IOException {
        byte[] gzip = gzip(urlset("<url><loc>https://www.shop.nl/uit-gz</loc></url>"));

        assertThat(SitemapParser.parse(gzip, SITE).locations()).containsExactly("https://www.shop.nl/uit-gz");
    }

    @Test
    void aDecompressionBombStopsAtTheLimit() throws IOException {
        byte[] bomb = gzip(urlset("<url><loc>https://www.shop.nl/</loc></url>" + " ".repeat(11 * 1024 * 1024)));

        assertThat(bomb.length).isLessThan(SitemapLookup.MAX_BODY_BYTES);
        assertThatThrownBy(() -> SitemapParser.parse(bomb, SITE))
                .isInstanceOf(SitemapFormatException.class)
                .hasMessageContaining("MiB");
    }

    @Test
    void aSitemapIndexListsItsSitemaps() {
        Sitemap index = parse("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://www.shop.nl/sitemap-1.xml.gz</loc></sitemap>"
                + "<sitemap><loc>https://cdn.other.example/sitemap-2.xml</loc></sitemap></sitemapindex>");

        assertThat(index.index()).isTrue();
        assertThat(index.locations()).containsExactly("https://www.shop.nl/sitemap-1.xml.gz");
    }

    @Test
    void theLocationCountIsBounded() {
        String entries = "<url><loc>https://www.shop.nl/p</loc></url>".repeat(SitemapParser.MAX_LOCATIONS + 5);

        Sitemap sitemap = parse(urlset(entries));

        assertThat(sitemap.locations()).hasSize(SitemapParser.MAX_LOCATIONS);
        assertThat(sitemap.truncated()).isTrue();
    }

    @Test
    void aDocumentThatIsNoSitemapIsRefused() {
        assertThatThrownBy(() -> parse("<html><body><loc>https://www.shop.nl/</loc></body></html>"))
                .isInstanceOf(SitemapFormatException.class)
                .hasMessageContaining("<html>");
        assertThatThrownBy(() -> parse("<urlset><url><loc>https://www.shop.nl/</url>"))
                .isInstanceOf(SitemapFormatException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(SitemapFormatException.class);
        assertThatThrownBy(() -> SitemapParser.parse(new byte[] {0x1f, (byte) 0x8b, 1}, SITE))
                .isInstanceOf(SitemapFormatException.class);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }
}
