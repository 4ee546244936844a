package nl.cookiekeur.scanner;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import nl.cookiekeur.scanner.network.NetworkRecorder;

/** A tab with its network recorder and a count of its main-frame navigations (to stop redirect loops). */
final class TabSession {
    private final Page page;
    private final NetworkRecorder recorder;
    private int navigations;

    TabSession(Page page, NetworkRecorder recorder) {
        this.page = page;
        this.recorder = recorder;
        page.onFrameNavigated(this::onNavigated);
    }

    Page page() {
        return page;
    }

    NetworkRecorder recorder() {
        return recorder;
    }

    /** Main-frame navigations since the last {@link #resetNavigations()}. */
    int navigations() {
        return navigations;
    }

    void resetNavigations() {
        navigations = 0;
    }

    private void onNavigated(Frame frame) {
        if (frame.parentFrame() == null) {
            navigations++;
        }
    }
}
