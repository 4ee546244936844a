package nl.cookiekeur.reporting.html;

import java.util.List;
import java.util.Locale;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerLocation;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ControlShot;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.StorageEntry;
import nl.cookiekeur.reporting.view.CookieRow;
import nl.cookiekeur.reporting.view.HostRow;
import nl.cookiekeur.reporting.view.PhaseView;
import nl.cookiekeur.reporting.view.PlainDuration;
import nl.cookiekeur.reporting.view.StorageRow;
import nl.cookiekeur.reporting.view.Times;
import nl.cookiekeur.reporting.view.Words;

/** One section of {@code report.html} per phase: cookies, storage, third parties, fingerprinting, banner. */
final class PhasesHtml {
    private PhasesHtml() {}

    static void write(HtmlWriter html, PhaseView phase, Screenshots screenshots, Words words) {
        html.open("section").css("phase").attr("id", "phase-" + phase.phase().code());
        html.element("h2", words.get("phase.heading", words.phase(phase.phase())));
        html.element("p", "intro", words.get("phase.intro." + phase.phase().code()));
        if (!phase.ran()) {
            html.element("p", words.get("phase.notRun"));
            html.close();
            return;
        }
        choice(html, phase, screenshots, words);
        cookies(html, phase.cookies(), words);
        storage(html, phase.storage(), words);
        hosts(html, phase.hosts(), words);
        fingerprinting(html, phase.fingerprinting(), words);
        banners(html, phase.banners(), screenshots, words);
        html.close();
    }

    private static void choice(HtmlWriter html, PhaseView phase, Screenshots screenshots, Words words) {
        if (phase.choice().isEmpty()) {
            return;
        }
        ConsentChoice choice = phase.choice().get();
        html.element("h3", words.get("choice.heading"));
        html.open("dl").css("facts");
        fact(
                html,
                words.get("choice.outcome"),
                words.get("choice.outcome." + choice.outcome().name().toLowerCase(Locale.ROOT)));
        fact(
                html,
                words.get("choice.layer"),
                choice.layer() == 0 ? words.get("choice.layer.none") : String.valueOf(choice.layer()));
        fact(
                html,
                words.get("choice.steps"),
                choice.steps().isEmpty() ? "\u2014" : String.join(" \u2192 ", choice.steps()));
        fact(html, words.get("choice.interactions"), String.valueOf(choice.interactions()));
        fact(html, words.get("choice.page"), choice.pageUrl());
        String note = choice.note(words.language());
        if (!note.isEmpty()) {
            fact(html, words.get("choice.note"), note);
        }
        html.close();
        ControlShot control = choice.controlShot();
        if (control != null) {
            String used = choice.steps().isEmpty()
                    ? ""
                    : choice.steps().get(choice.steps().size() - 1);
            ControlShotHtml.write(html, control, used, screenshots, words);
        }
        String shot = choice.screenshot();
        if (shot != null) {
            FindingsHtml.screenshot(html, shot, screenshots, words);
        }
    }

    private static void cookies(HtmlWriter html, List<CookieRow> cookies, Words words) {
        html.element("h3", words.get("cookies.heading", cookies.size()));
        if (cookies.isEmpty()) {
            html.element("p", words.get("cookies.none"));
            return;
        }
        Table table = Table.open(
                html,
                "cookies",
                List.of(
                        words.get("col.name"),
                        words.get("col.domain"),
                        words.get("col.expiry"),
                        words.get("col.category"),
                        words.get("col.vendor"),
                        words.get("col.party"),
                        words.get("col.advice"),
                        words.get("col.consent"),
                        words.get("col.setter")),
                words.get("table.more"));
        for (CookieRow row : cookies) {
            ObservedCookie c = row.cookie();
            var expires = c.expires();
            String expiry = expires == null
                    ? words.get("retention.session")
                    : PlainDuration.of(c.lifetime(), words) + " (" + Times.human(expires) + ")";
            if (c.removed()) {
                expiry = expiry + " \u2014 " + words.get("cookies.removed");
            }
            String setter = c.setter();
            table.row(List.of(
                    c.name(),
                    c.domain() + (c.path().equals("/") ? "" : " " + c.path()),
                    expiry,
                    words.category(row.category()),
                    row.vendor().orElse(""),
                    words.get(row.thirdParty() ? "party.third" : "party.first"),
                    row.adviceNumber().map(words::advice).orElse(""),
                    row.consentRequired().map(words::yesNo).orElse("?"),
                    (setter == null ? "" : setter) + " (" + c.source().name().toLowerCase(Locale.ROOT) + ")"));
        }
        table.close();
    }

    private static void storage(HtmlWriter html, List<StorageRow> storage, Words words) {
        html.element("h3", words.get("storage.heading", storage.size()));
        if (storage.isEmpty()) {
            html.element("p", words.get("storage.none"));
            return;
        }
        Table table = Table.open(
                html,
                "storage",
                List.of(
                        words.get("col.area"),
                        words.get("col.origin"),
                        words.get("col.key"),
                        words.get("col.category"),
                        words.get("col.vendor"),
                        words.get("col.advice"),
                        words.get("col.consent")),
                words.get("table.more"));
        for (StorageRow row : storage) {
            StorageEntry s = row.entry();
            table.row(List.of(
                    words.get("statement.type." + s.kind().name().toLowerCase(Locale.ROOT)),
                    s.origin(),
                    s.key(),
                    words.category(row.category()),
                    row.vendor().orElse(""),
                    row.adviceNumber().map(words::advice).orElse(""),
                    row.consentRequired().map(words::yesNo).orElse("?")));
        }
        table.close();
    }

    private static void hosts(HtmlWriter html, List<HostRow> hosts, Words words) {
        html.element("h3", words.get("hosts.heading", hosts.size()));
        if (hosts.isEmpty()) {
            html.element("p", words.get("hosts.none"));
            return;
        }
        Table table = Table.open(
                html,
                "hosts",
                List.of(
                        words.get("col.host"),
                        words.get("col.requests"),
                        words.get("col.pixels"),
                        words.get("col.category"),
                        words.get("col.vendor")),
                words.get("table.more"));
        for (HostRow row : hosts) {
            table.row(List.of(
                    row.host(),
                    String.valueOf(row.requests()),
                    String.valueOf(row.trackingPixels()),
                    words.category(row.category()),
                    row.vendor().orElse("")));
        }
        table.close();
    }

    private static void fingerprinting(HtmlWriter html, List<FingerprintCall> calls, Words words) {
        html.element("h3", words.get("fingerprinting.heading"));
        if (calls.isEmpty()) {
            html.element("p", words.get("fingerprinting.none"));
            return;
        }
        Table table = Table.open(
                html,
                "fingerprinting",
                List.of(
                        words.get("col.technique"),
                        words.get("col.script"),
                        words.get("col.calls"),
                        words.get("col.detail"),
                        words.get("col.page")),
                words.get("table.more"));
        for (FingerprintCall call : calls) {
            String script = call.script();
            table.row(List.of(
                    words.get("technique." + call.technique().name().toLowerCase(Locale.ROOT)),
                    script == null ? words.get("fingerprinting.inline") : script,
                    String.valueOf(call.calls()),
                    call.detail(),
                    call.pageUrl()));
        }
        table.close();
    }

    private static void banners(
            HtmlWriter html, List<BannerObservation> banners, Screenshots screenshots, Words words) {
        html.element("h3", words.get("banner.heading"));
        if (banners.isEmpty()) {
            html.element("p", words.get("banner.notRecorded"));
            return;
        }
        for (BannerObservation banner : banners) {
            html.open("div").css("banner");
            html.open("p")
                    .element("strong", words.get("banner.page") + " ")
                    .text(banner.pageUrl())
                    .close();
            if (!banner.found()) {
                html.element("p", words.get("banner.notFound"));
                html.close();
                continue;
            }
            html.open("dl").css("facts");
            String cmp = banner.cmp();
            fact(html, words.get("banner.cmp"), cmp == null ? words.get("banner.cmp.unknown") : cmp);
            fact(html, words.get("banner.detector"), banner.detector());
            BannerLocation location = banner.location();
            String frame = banner.frameUrl();
            fact(
                    html,
                    words.get("banner.location"),
                    (location == null
                                    ? ""
                                    : words.get(
                                            "banner.location." + location.name().toLowerCase(Locale.ROOT)))
                            + (frame == null ? "" : " " + frame));
            fact(html, words.get("banner.language"), banner.language().isEmpty() ? "?" : banner.language());
            fact(html, words.get("banner.blocksPage"), words.yesNo(banner.blocksPage()));
            fact(html, words.get("banner.declaresPurposes"), words.yesNo(banner.declaresPurposes()));
            fact(html, words.get("banner.declaresParties"), words.yesNo(banner.declaresParties()));
            fact(html, words.get("banner.settingsOpened"), words.yesNo(banner.settingsLayerOpened()));
            fact(html, words.get("banner.text"), banner.text());
            html.close();
            controls(html, banner.controls(), words);
            toggles(html, banner.toggles(), words);
            String shot = banner.screenshot();
            if (shot != null) {
                FindingsHtml.screenshot(html, shot, screenshots, words);
            }
            html.close();
        }
    }

    private static void controls(HtmlWriter html, List<BannerControl> controls, Words words) {
        if (controls.isEmpty()) {
            return;
        }
        Table table = Table.open(
                html,
                "controls",
                List.of(
                        words.get("col.layer"),
                        words.get("col.role"),
                        words.get("col.text"),
                        words.get("col.element"),
                        words.get("col.size"),
                        words.get("col.contrast"),
                        words.get("col.font")),
                words.get("table.more"));
        for (BannerControl control : controls) {
            table.row(List.of(
                    String.valueOf(control.layer()),
                    words.get("role." + control.role().name().toLowerCase(Locale.ROOT)),
                    control.text(),
                    control.elementType() + (control.inlineLink() ? " (" + words.get("banner.inlineLink") + ")" : ""),
                    String.format(Locale.ROOT, "%.0f\u00d7%.0f", control.width(), control.height()),
                    String.format(Locale.ROOT, "%.1f:1", control.contrastRatio()),
                    String.format(Locale.ROOT, "%.0f px / %d", control.fontSizePx(), control.fontWeight())));
        }
        table.close();
    }

    private static void toggles(HtmlWriter html, List<BannerToggle> toggles, Words words) {
        if (toggles.isEmpty()) {
            return;
        }
        Table table = Table.open(
                html,
                "toggles",
                List.of(
                        words.get("col.layer"),
                        words.get("col.label"),
                        words.get("col.checked"),
                        words.get("col.disabled"),
                        words.get("col.legitimateInterest")),
                words.get("table.more"));
        for (BannerToggle toggle : toggles) {
            table.row(List.of(
                    String.valueOf(toggle.layer()),
                    toggle.label(),
                    words.yesNo(toggle.checked()),
                    words.yesNo(toggle.disabled()),
                    words.yesNo(toggle.legitimateInterest())));
        }
        table.close();
    }

    private static void fact(HtmlWriter html, String term, String value) {
        html.element("dt", term).element("dd", value);
    }
}
