package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static nl.cookiekeur.compliance.Judge.labels;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;

class ReplayAndFingerprintTest {
    private static final String SITE = "https://www.shop.nl/";

    private static EvidenceBuilder site() {
        return EvidenceBuilder.site(SITE)
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "producten");
    }

    @Test
    void hotjarBeforeAChoiceIsCriticalSessionRecording() {
        ScanEvidence evidence = site().request(Phase.INITIAL, "https://static.hotjar.com/c/hotjar-123.js")
                .cookie(Phase.INITIAL, "_hjSessionUser_123", ".shop.nl", Duration.ofDays(365))
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_22);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.KRITIEK);
            assertThat(f.phase()).isEqualTo(Phase.INITIAL);
            assertThat(f.explanation().dutch()).contains("Hotjar");
        });
        assertThat(labels(found)).containsExactly("static.hotjar.com", "_hjSessionUser_123");
    }

    @Test
    void sessionRecordingOnlyAfterAcceptingIsFine() {
        ScanEvidence evidence = site().request(Phase.ACCEPT, "https://static.hotjar.com/c/hotjar-123.js")
                .cookie(Phase.ACCEPT, "_clck", ".shop.nl", Duration.ofDays(365))
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_22)).isEmpty();
    }

    @Test
    void clarityAfterRefusalIsCritical() {
        ScanEvidence evidence =
                site().request(Phase.REJECT, "https://www.clarity.ms/tag/abc").build();

        assertThat(findings(evidence, CheckId.NL_CK_22))
                .singleElement()
                .satisfies(f -> assertThat(f.phase()).isEqualTo(Phase.REJECT));
    }

    @Test
    void canvasFingerprintBeforeAChoiceIsCritical() {
        ScanEvidence evidence = site().fingerprint(
                        Phase.INITIAL,
                        FingerprintTechnique.CANVAS,
                        "https://cdn.fp.example/fp.js",
                        "fillText(Cwm fjordbank) toDataURL(image/png)")
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_23)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.KRITIEK);
            assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
            assertThat(f.explanation().english()).contains("(canvas)");
        });
    }

    @Test
    void jpegCanvasReadIsImageProcessingNotAFingerprint() {
        ScanEvidence evidence = site().fingerprint(
                        Phase.INITIAL,
                        FingerprintTechnique.CANVAS,
                        "https://www.shop.nl/js/upload.js",
                        "drawImage toDataURL(image/jpeg, 0.8)")
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_23)).isEmpty();
    }

    @Test
    void devicePropertiesAloneOrASecurityServiceNeedReview() {
        ScanEvidence evidence = site().fingerprint(
                        Phase.INITIAL, FingerprintTechnique.DEVICE_PROPERTIES, null, "screen, hardwareConcurrency")
                .fingerprint(
                        Phase.INITIAL,
                        FingerprintTechnique.WEBGL,
                        "https://js.hcaptcha.com/1/api.js",
                        "getParameter(UNMASKED_RENDERER_WEBGL)")
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_23))
                .singleElement()
                .satisfies(f -> assertThat(f.confidence()).isEqualTo(Confidence.NEEDS_REVIEW));
    }

    @Test
    void fingerprintAfterRefusalIsReportedOnlyWhenNewAfterTheRefusal() {
        ScanEvidence evidence = site().fingerprint(
                        Phase.INITIAL,
                        FingerprintTechnique.AUDIO,
                        "https://cdn.fp.example/fp.js",
                        "OfflineAudioContext")
                .fingerprint(
                        Phase.REJECT, FingerprintTechnique.AUDIO, "https://cdn.fp.example/fp.js", "OfflineAudioContext")
                .fingerprint(
                        Phase.REJECT, FingerprintTechnique.FONTS, "https://cdn.fp.example/fp.js", "measureText x 60")
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_23);

        assertThat(found).extracting(Finding::phase).containsExactly(Phase.INITIAL, Phase.REJECT);
        assertThat(labels(found)).containsExactly("audio", "fonts");
    }
}
