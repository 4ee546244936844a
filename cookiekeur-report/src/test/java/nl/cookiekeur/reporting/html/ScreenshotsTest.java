package nl.cookiekeur.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScreenshotsTest {
    private final Screenshots screenshots = new Screenshots(Path.of("src", "test", "resources", "evidence"));

    @Test
    void onlyImagesInsideTheEvidenceFolderAreRead() {
        assertThat(screenshots.get("screenshots/initial-1-banner.png"))
                .hasValueSatisfying(i -> assertThat(i.mediaType()).isEqualTo("image/png"));
        assertThat(screenshots.get("screenshots/not-an-image.png")).isEmpty();
        assertThat(screenshots.get("../golden/nl/report.html")).isEmpty();
        assertThat(screenshots.get("screenshots/../../golden/nl/report.html")).isEmpty();
        assertThat(screenshots.get(
                        Path.of("src", "test", "resources", "evidence", "screenshots", "initial-1-banner.png")
                                .toAbsolutePath()
                                .toString()))
                .isEmpty();
        assertThat(screenshots.get("screenshots/missing.png")).isEmpty();
        assertThat(screenshots.get("")).isEmpty();
    }

    @Test
    void aScreenshotShownOnceIsLinkedAfterwards() {
        assertThat(screenshots.shownBefore("a.png")).isEmpty();
        assertThat(screenshots.shownBefore("b.png")).isEmpty();
        assertThat(screenshots.shownBefore("a.png")).contains(1);
        assertThat(screenshots.anchor("b.png")).isEqualTo(2);
    }
}
