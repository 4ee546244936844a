package nl.cookiekeur.evidence;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A banner candidate appearing or disappearing, recorded by the banner watcher that runs from document start
 * (MutationObserver) to the end of the visit, so a banner that closes itself or goes away on the first scroll
 * is recorded although it is gone when the scanner looks for it.
 *
 * @param phase the phase
 * @param pageUrl the page
 * @param kind appeared or disappeared
 * @param atMillis milliseconds since the document's navigation started
 * @param candidate a short description of the element ({@code div#cookiebanner}, bounded, untrusted)
 * @param text the candidate's visible text when it appeared (bounded, untrusted; empty on disappearance)
 * @param removal what happened just before a disappearance ({@link BannerRemoval#NONE} for an appearance)
 * @param wallSignals how the page was locked while the candidate showed, by behaviour: {@code overlay} (the
 *     content's points hit the banner or an overlay), {@code inert} (the main content is inert), {@code
 *     scroll-lock} (overflow hidden on html or body), {@code pointer-events} (the content ignores the pointer);
 *     on a disappearance also {@code released} when the scroll lock ended with it
 * @param consentWritten names of consent cookies or storage keys written within a second after a disappearance
 *     (or while it showed) without a click, else empty
 * @param screenshot the evidence-relative path of a screenshot taken while it showed, or {@code null}
 */
public record BannerEvent(
        Phase phase,
        String pageUrl,
        BannerEventKind kind,
        long atMillis,
        String candidate,
        String text,
        BannerRemoval removal,
        List<String> wallSignals,
        List<String> consentWritten,
        @Nullable String screenshot) {

    public BannerEvent {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(removal, "removal");
        wallSignals = List.copyOf(wallSignals);
        consentWritten = List.copyOf(consentWritten);
    }

    /** The same event with the screenshot taken while the banner showed. */
    public BannerEvent withScreenshot(String file) {
        return new BannerEvent(
                phase, pageUrl, kind, atMillis, candidate, text, removal, wallSignals, consentWritten, file);
    }

    /** Whether the candidate went away by itself: a timer or a scroll, with no click of the visitor. */
    public boolean removedWithoutClick() {
        return kind == BannerEventKind.DISAPPEARED
                && (removal == BannerRemoval.TIMER || removal == BannerRemoval.SCROLL);
    }

    /** Whether the page behaved as locked while the candidate showed (overlay plus scroll lock, inert, …). */
    public boolean locksPage() {
        if (wallSignals.contains("overlay-full")) {
            return true;
        }
        boolean overlay = wallSignals.contains("overlay");
        return overlay
                && (wallSignals.contains("scroll-lock")
                        || wallSignals.contains("inert")
                        || wallSignals.contains("pointer-events"));
    }
}
