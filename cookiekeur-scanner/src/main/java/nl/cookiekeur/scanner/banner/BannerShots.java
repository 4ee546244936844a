package nl.cookiekeur.scanner.banner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ViewportSize;
import nl.cookiekeur.evidence.ControlShot;
import nl.cookiekeur.evidence.ScreenBox;
import org.jspecify.annotations.Nullable;

/**
 * Screenshots cropped to the banner the probe found (its element marked {@code data-ck-box}), so a report shows
 * the banner rather than a whole page, and, before a click, with the rectangle of the control about to be used.
 * Boxes come from Playwright, in CSS pixels of the main viewport, also for a banner inside an iframe. When the
 * banner cannot be located (it went away, a closed shadow root) the whole viewport is taken instead.
 */
final class BannerShots {
    /** Room around the banner, so its edge and shadow stay visible. */
    static final int MARGIN = 12;

    private static final int BOX_TIMEOUT_MS = 1500;

    private BannerShots() {}

    /** A screenshot cropped to the banner shown in the probe's frame; the whole viewport when it cannot be. */
    static @Nullable String banner(ScreenshotTaker shots, Page page, FrameProbe probe, String moment) {
        ScreenBox clip = clip(page, box(bannerBox(probe)), null);
        return clip == null ? BannerOperator.take(shots, page, moment) : take(shots, page, moment, clip);
    }

    /**
     * The banner just before its control {@code id} is used, cropped to banner and control, with the control's
     * rectangle; {@code null} when the control cannot be located or no screenshot was taken.
     */
    static @Nullable ControlShot beforeClick(
            ScreenshotTaker shots, Page page, FrameProbe probe, String id, String moment) {
        Locator element = probe.marked(id);
        ScreenBox control = element == null ? null : box(element);
        if (control == null) {
            return null;
        }
        ScreenBox clip = clip(page, box(bannerBox(probe)), control);
        if (clip == null) {
            return null;
        }
        String file = take(shots, page, moment, clip);
        if (file == null) {
            return null;
        }
        return new ControlShot(file, clip, relative(control, clip));
    }

    private static Locator bannerBox(FrameProbe probe) {
        return probe.frame()
                .locator("[data-ck-box=\"1\"]")
                .filter(new Locator.FilterOptions().setVisible(true))
                .last();
    }

    private static @Nullable ScreenBox box(Locator element) {
        try {
            BoundingBox b = element.boundingBox(new Locator.BoundingBoxOptions().setTimeout(BOX_TIMEOUT_MS));
            if (b == null || !Double.isFinite(b.x + b.y + b.width + b.height) || b.width < 1 || b.height < 1) {
                return null;
            }
            return new ScreenBox(
                    (int) Math.floor(b.x), (int) Math.floor(b.y), (int) Math.ceil(b.width), (int) Math.ceil(b.height));
        } catch (PlaywrightException e) {
            return null;
        }
    }

    /**
     * The area to keep: the banner (when known) and the control, with a margin, cut to the viewport; {@code null}
     * when nothing of it is inside the viewport.
     */
    static @Nullable ScreenBox clip(Page page, @Nullable ScreenBox banner, @Nullable ScreenBox control) {
        ViewportSize viewport = page.viewportSize();
        if (viewport == null) {
            return null;
        }
        return clip(viewport.width, viewport.height, banner, control);
    }

    static @Nullable ScreenBox clip(
            int viewportWidth, int viewportHeight, @Nullable ScreenBox banner, @Nullable ScreenBox control) {
        ScreenBox area = banner == null ? control : control == null ? banner : union(banner, control);
        if (area == null) {
            return null;
        }
        int left = Math.max(0, area.x() - MARGIN);
        int top = Math.max(0, area.y() - MARGIN);
        int right = Math.min(viewportWidth, area.x() + area.width() + MARGIN);
        int bottom = Math.min(viewportHeight, area.y() + area.height() + MARGIN);
        if (right - left < 1 || bottom - top < 1) {
            return null;
        }
        return new ScreenBox(left, top, right - left, bottom - top);
    }

    static ScreenBox relative(ScreenBox inner, ScreenBox outer) {
        int left = Math.max(0, inner.x() - outer.x());
        int top = Math.max(0, inner.y() - outer.y());
        int right = Math.min(outer.width(), inner.x() + inner.width() - outer.x());
        int bottom = Math.min(outer.height(), inner.y() + inner.height() - outer.y());
        return new ScreenBox(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    private static ScreenBox union(ScreenBox a, ScreenBox b) {
        int left = Math.min(a.x(), b.x());
        int top = Math.min(a.y(), b.y());
        int right = Math.max(a.x() + a.width(), b.x() + b.width());
        int bottom = Math.max(a.y() + a.height(), b.y() + b.height());
        return new ScreenBox(left, top, right - left, bottom - top);
    }

    private static @Nullable String take(ScreenshotTaker shots, Page page, String moment, ScreenBox clip) {
        try {
            return shots.take(page, moment, clip);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
