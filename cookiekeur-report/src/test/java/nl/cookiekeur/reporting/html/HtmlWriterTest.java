package nl.cookiekeur.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    @Test
    void textAndAttributesAreEscaped() {
        String html = new HtmlWriter()
                .open("p")
                .attr("title", "\"><script>x</script>'")
                .text("<b>&\u0000`")
                .close()
                .finish();

        assertThat(html)
                .isEqualTo(
                        "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;\">&lt;b&gt;&amp;\ufffd&#96;</p>\n");
    }

    @Test
    void onlyHttpLinksBecomeLinks() {
        assertThat(new HtmlWriter().link("javascript:alert(1)").finish()).isEqualTo("<a>javascript:alert(1)</a>");
        assertThat(new HtmlWriter().link(" JavaScript:alert(1)").finish()).doesNotContain("href");
        assertThat(new HtmlWriter().link("data:text/html,<script>").finish()).doesNotContain("href");
        assertThat(new HtmlWriter().link("//evil.example/x").finish()).doesNotContain("href");
        assertThat(new HtmlWriter().link("https://a.nl/?q=1&r='x'").finish())
                .isEqualTo("<a href=\"https://a.nl/?q=1&amp;r=&#39;x&#39;\" rel=\"noopener noreferrer nofollow\">"
                        + "https://a.nl/?q=1&amp;r=&#39;x&#39;</a>");
        assertThat(new HtmlWriter().link("https://a.nl/?q=\"x\"").finish()).doesNotContain("href");
    }

    @Test
    void dangerousNamesCannotBeWritten() {
        assertThatThrownBy(() -> new HtmlWriter().open("script")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter().open("iframe")).isInstanceOf(IllegalArgumentException.class);
        for (String name : new String[] {"onclick", "onmouseover", "style", "href", "src", "srcdoc", "x y", "a=b"}) {
            assertThatThrownBy(() -> new HtmlWriter().open("p").attr(name, "v"))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new HtmlWriter().open("p").text("x").attr("class", "c"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new HtmlWriter().open("div").finish()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyRecognisedImagesAreEmbedded() {
        assertThat(EmbeddedImage.of("<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(EmbeddedImage.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
                .hasValueSatisfying(i -> assertThat(i.mediaType()).isEqualTo("image/jpeg"));
    }
}
