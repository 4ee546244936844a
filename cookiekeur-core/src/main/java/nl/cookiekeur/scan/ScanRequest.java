package nl.cookiekeur.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.site.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * What to scan and how.
 *
 * @param url the start URL, http or https with a host and without user-info: a {@link WebUrl} checked where it
 *     entered, so nothing here or after has to check it again
 * @param pages the maximum number of pages per phase, start page included (at least 1)
 * @param phases the phases to run, in order
 * @param parallel the number of browser contexts working at once (at least 1)
 * @param timeout the budget for the whole scan
 * @param mobile whether to use a mobile viewport and user agent instead of a desktop one
 * @param hostRules Chromium host-resolver rules (to scan a staging site under production names), or {@code null}
 * @param ignoreHttpsErrors whether to accept invalid certificates (staging sites and tests)
 * @param evidenceDir the folder where screenshots (and later the evidence) are written
 */
public record ScanRequest(
        WebUrl url,
        int pages,
        List<Phase> phases,
        int parallel,
        Duration timeout,
        boolean mobile,
        @Nullable String hostRules,
        boolean ignoreHttpsErrors,
        Path evidenceDir) {

    /** The phases run when none are given. */
    public static final List<Phase> DEFAULT_PHASES = List.of(Phase.INITIAL, Phase.REJECT, Phase.ACCEPT, Phase.WITHDRAW);

    public ScanRequest {
        Objects.requireNonNull(url, "url");
        phases = List.copyOf(phases);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(evidenceDir, "evidenceDir");
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1: " + pages);
        }
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1: " + parallel);
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("at least one phase is needed");
        }
    }
}
