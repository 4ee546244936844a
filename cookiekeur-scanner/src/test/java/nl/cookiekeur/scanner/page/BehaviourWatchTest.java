package nl.cookiekeur.scanner.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScriptBehaviour;
import org.junit.jupiter.api.Test;

/** Reading the behaviour instruments' answer into evidence (the browser side is tested on the fixture sites). */
class BehaviourWatchTest {
    private static final String PAGE = "https://www.meubelmakerij-stam.nl/";

    @Test
    void eachKindBecomesOneRecordWithItsScriptTargetAndCount() throws Exception {
        String json = "{\"recordings\":[{\"script\":\"" + PAGE + "js/stats.js\",\"target\":\"" + PAGE
                + "collect\",\"count\":4,\"detail\":\"MutationObserver(document, subtree) + 4 uploads\"}],"
                + "\"identifiers\":[{\"key\":\"trk_uid\",\"script\":null,\"target\":\"https://t.example/t.gif?uid=x\"}],"
                + "\"beacons\":[{\"script\":\"\",\"target\":\"https://t.example/t.gif\",\"count\":0}]}";
        List<ScriptBehaviour> read = new ArrayList<>();

        BehaviourWatch.read(JsonMapper.builder().build().readTree(json), Phase.INITIAL, PAGE, read);

        assertThat(read)
                .extracting(ScriptBehaviour::kind)
                .containsExactly(
                        BehaviourKind.SESSION_RECORDING, BehaviourKind.TRACKING_IDENTIFIER, BehaviourKind.PAGE_BEACON);
        assertThat(read.get(0).script()).isEqualTo(PAGE + "js/stats.js");
        assertThat(read.get(0).target()).isEqualTo(PAGE + "collect");
        assertThat(read.get(0).count()).isEqualTo(4);
        assertThat(read.get(1).key()).isEqualTo("trk_uid");
        assertThat(read.get(1).script()).isNull();
        assertThat(read.get(2).script()).as("blank script is unknown").isNull();
        assertThat(read.get(2).count()).as("at least once").isEqualTo(1);
    }

    @Test
    void theInitScriptCarriesItsOwnCollectorNameAndSourceUrl() {
        String script = BehaviourWatch.initScript();

        assertThat(script).contains(BehaviourWatch.COLLECTOR_NAME).doesNotContain("__BEHAVIOUR__", "__MARKER__");
        assertThat(script).contains("//# sourceURL=");
        assertThat(BehaviourWatch.COLLECTOR_NAME).isNotEqualTo(PageInstruments.COLLECTOR_NAME);
    }
}
