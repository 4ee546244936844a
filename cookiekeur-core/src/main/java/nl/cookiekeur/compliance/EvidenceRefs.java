package nl.cookiekeur.compliance;

import java.time.Instant;
import java.util.Locale;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerEvent;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScriptBehaviour;
import nl.cookiekeur.evidence.StorageEntry;

/** Turns evidence items into {@link EvidenceRef}s for findings. */
final class EvidenceRefs {
    private EvidenceRefs() {}

    static EvidenceRef cookie(ObservedCookie cookie) {
        Instant expires = cookie.expires();
        String expiry = expires == null ? "session" : "expires " + expires;
        return new EvidenceRef(
                EvidenceKind.COOKIE,
                cookie.phase(),
                cookie.pageUrl(),
                cookie.name(),
                cookie.domain() + cookie.path() + " · " + expiry,
                cookie.setter(),
                null);
    }

    static EvidenceRef storage(StorageEntry entry) {
        return new EvidenceRef(
                EvidenceKind.STORAGE,
                entry.phase(),
                entry.pageUrl(),
                entry.key(),
                entry.origin() + " · " + entry.kind().name().toLowerCase(Locale.ROOT),
                entry.setterScript(),
                null);
    }

    static EvidenceRef request(ObservedRequest request, Tracker tracker) {
        return new EvidenceRef(
                EvidenceKind.REQUEST,
                request.phase(),
                request.pageUrl(),
                request.host(),
                tracker.name() + " · " + request.resourceType() + " · " + request.url(),
                request.initiator(),
                null);
    }

    static EvidenceRef request(ObservedRequest request) {
        return new EvidenceRef(
                EvidenceKind.REQUEST,
                request.phase(),
                request.pageUrl(),
                request.host(),
                request.resourceType() + " · " + request.url(),
                request.initiator(),
                null);
    }

    static EvidenceRef fingerprint(FingerprintCall call) {
        return new EvidenceRef(
                EvidenceKind.FINGERPRINT,
                call.phase(),
                call.pageUrl(),
                call.technique().name().toLowerCase(Locale.ROOT),
                call.detail(),
                call.script(),
                null);
    }

    static EvidenceRef behaviour(ScriptBehaviour behaviour) {
        String target = behaviour.target().isEmpty() ? "" : " · " + behaviour.target();
        return new EvidenceRef(
                EvidenceKind.BEHAVIOUR,
                behaviour.phase(),
                behaviour.pageUrl(),
                behaviour.key().isEmpty() ? behaviour.kind().name().toLowerCase(Locale.ROOT) : behaviour.key(),
                behaviour.detail() + target,
                behaviour.script(),
                null);
    }

    static EvidenceRef banner(BannerObservation banner) {
        String cmp = banner.cmp();
        return new EvidenceRef(
                EvidenceKind.BANNER,
                banner.phase(),
                banner.pageUrl(),
                cmp == null ? "banner" : cmp,
                banner.found() ? banner.text() : "no banner found",
                null,
                banner.screenshot());
    }

    static EvidenceRef control(BannerObservation banner, BannerControl control) {
        String detail = String.format(
                Locale.ROOT,
                "layer %d · %s · <%s> · %.0fx%.0f px · %.1f px · weight %d · contrast %.2f · %s on %s",
                control.layer(),
                control.role().name().toLowerCase(Locale.ROOT),
                control.elementType(),
                control.width(),
                control.height(),
                control.fontSizePx(),
                control.fontWeight(),
                control.contrastRatio(),
                control.color(),
                control.background());
        return new EvidenceRef(
                EvidenceKind.CONTROL,
                banner.phase(),
                banner.pageUrl(),
                control.text(),
                detail,
                null,
                banner.screenshot());
    }

    static EvidenceRef toggle(BannerObservation banner, BannerToggle toggle) {
        String detail = "layer " + toggle.layer() + " · " + (toggle.checked() ? "on" : "off")
                + (toggle.disabled() ? " · disabled" : "")
                + (toggle.legitimateInterest() ? " · legitimate interest" : "");
        return new EvidenceRef(
                EvidenceKind.TOGGLE,
                banner.phase(),
                banner.pageUrl(),
                toggle.label(),
                detail,
                null,
                banner.screenshot());
    }

    static EvidenceRef choice(ConsentChoice choice) {
        String detail = choice.outcome().name().toLowerCase(Locale.ROOT) + " · layer " + choice.layer() + " · "
                + choice.interactions() + " interactions · " + String.join(" > ", choice.steps());
        return new EvidenceRef(
                EvidenceKind.CHOICE,
                choice.phase(),
                choice.pageUrl(),
                choice.phase().code(),
                detail,
                null,
                choice.screenshot());
    }

    static EvidenceRef bannerEvent(BannerEvent event) {
        String detail = String.format(
                Locale.ROOT,
                "%s · %d ms · %s%s%s",
                event.kind().name().toLowerCase(Locale.ROOT),
                event.atMillis(),
                event.removal().name().toLowerCase(Locale.ROOT),
                event.consentWritten().isEmpty() ? "" : " · stored " + String.join(", ", event.consentWritten()),
                event.wallSignals().isEmpty() ? "" : " · " + String.join(", ", event.wallSignals()));
        return new EvidenceRef(
                EvidenceKind.BANNER,
                event.phase(),
                event.pageUrl(),
                event.candidate(),
                detail,
                null,
                event.screenshot());
    }

    static EvidenceRef signal(ConsentSignal signal) {
        return new EvidenceRef(
                EvidenceKind.CONSENT_SIGNAL,
                signal.phase(),
                signal.pageUrl(),
                signal.source(),
                signal.kind().name().toLowerCase(Locale.ROOT) + " · " + signal.raw(),
                null,
                null);
    }

    static EvidenceRef statement(PolicyText statement, Phase phase) {
        return new EvidenceRef(
                EvidenceKind.STATEMENT,
                phase,
                statement.linkedFrom(),
                statement.title().isBlank() ? statement.url() : statement.title(),
                statement.kind() + " · " + statement.url(),
                null,
                null);
    }

    static EvidenceRef page(PageVisit visit) {
        return new EvidenceRef(
                EvidenceKind.PAGE,
                visit.phase(),
                visit.url(),
                visit.title(),
                "visit " + visit.order() + (visit.deepEntry() ? " · deep entry" : "") + " · lang "
                        + (visit.language().isEmpty() ? "-" : visit.language()),
                null,
                null);
    }
}
