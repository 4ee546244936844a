package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.law.AdviceNumber;
import org.junit.jupiter.api.Test;

class ItemAdviceTest {
    private static final String SITE = "https://www.shop.nl/";

    private static List<ItemAdvice> items(ScanEvidence evidence, ItemKind kind) {
        return Judge.assess(evidence).items().stream()
                .filter(i -> i.kind() == kind)
                .toList();
    }

    @Test
    void aCookieSeenInSeveralPhasesGetsOneAdviceWithAllItsPhases() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(Phase.INITIAL, "PHPSESSID", "www.shop.nl", null)
                .cookie(Phase.ACCEPT, "PHPSESSID", "www.shop.nl", null)
                .cookie(Phase.ACCEPT, "_fbp", ".shop.nl", Duration.ofDays(90))
                .cookie(Phase.WITHDRAW, "_fbp", ".shop.nl", Duration.ofDays(90))
                .build();

        List<ItemAdvice> cookies = items(evidence, ItemKind.COOKIE);

        assertThat(cookies).extracting(ItemAdvice::name).containsExactly("PHPSESSID", "_fbp");
        ItemAdvice session = cookies.get(0);
        assertThat(session.phases()).containsExactly(Phase.INITIAL, Phase.ACCEPT);
        assertThat(session.category()).isEqualTo(Category.NECESSARY);
        assertThat(session.consentRequired()).isFalse();
        assertThat(session.retention().dutch()).isEqualTo("sessie");
        ItemAdvice meta = cookies.get(1);
        assertThat(meta.advice()).isEqualTo(AdviceNumber.ADVICE_7);
        assertThat(meta.consentRequired()).isTrue();
        assertThat(meta.vendor()).isEqualTo("Meta Pixel");
        assertThat(meta.retention()).isEqualTo(new LocalizedText("3 maanden", "3 months"));
        assertThat(meta.reason().dutch()).isNotBlank();
        assertThat(meta.source()).isEqualTo("test-_fbp");
    }

    @Test
    void storageIsClassifiedByKnowledgeElseBySetterElseUnknown() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .storage(Phase.INITIAL, StorageKind.LOCAL_STORAGE, "https://www.shop.nl", "ajs_anonymous_id", null)
                .storage(
                        Phase.INITIAL,
                        StorageKind.LOCAL_STORAGE,
                        "https://www.shop.nl",
                        "state",
                        "https://connect.facebook.net/signals.js")
                .storage(Phase.INITIAL, StorageKind.SESSION_STORAGE, "https://www.shop.nl", "tab", null)
                .build();

        List<ItemAdvice> storage = items(evidence, ItemKind.STORAGE);

        assertThat(storage)
                .extracting(ItemAdvice::name, ItemAdvice::category, ItemAdvice::vendor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ajs_anonymous_id", Category.ANALYTICS, "Segment"),
                        org.assertj.core.groups.Tuple.tuple("state", Category.MARKETING, "Facebook"),
                        org.assertj.core.groups.Tuple.tuple("tab", Category.UNKNOWN, null));
        assertThat(storage.get(0).retention().english()).isEqualTo("persistent (localStorage)");
        assertThat(storage.get(1).source()).isEqualTo("tracker:facebook");
        assertThat(storage.get(2).advice()).isEqualTo(AdviceNumber.ADVICE_10);
    }

    @Test
    void trackerHostsGetTheirAdviceOncePerHost() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .request(Phase.INITIAL, "https://consent.cookiefirst.com/banner.js")
                .request(Phase.ACCEPT, "https://connect.facebook.net/en_US/fbevents.js")
                .request(Phase.ACCEPT, "https://connect.facebook.net/signals/config")
                .request(Phase.ACCEPT, "https://static.hotjar.com/c/hotjar.js")
                .request(Phase.INITIAL, "https://www.shop.nl/app.js")
                .build();

        List<ItemAdvice> trackers = items(evidence, ItemKind.TRACKER);

        assertThat(trackers)
                .extracting(ItemAdvice::name, ItemAdvice::consentRequired)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("consent.cookiefirst.com", false),
                        org.assertj.core.groups.Tuple.tuple("connect.facebook.net", true),
                        org.assertj.core.groups.Tuple.tuple("static.hotjar.com", true));
        assertThat(trackers.get(1).advice()).isEqualTo(AdviceNumber.ADVICE_7);
        assertThat(trackers.get(1).where()).isEqualTo("facebook.net");
        assertThat(trackers.get(2).reason().english()).contains("session recording");
    }
}
