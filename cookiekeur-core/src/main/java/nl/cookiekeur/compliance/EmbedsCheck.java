package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.Urls;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * NL-CK-25: before any choice, a third-party embed (video player, social plug-in, map) loads in a frame and its
 * domain sets or reads identifiers. An embed that loads without any cookie or storage of its domain (such as
 * a privacy-enhanced player) passes.
 */
final class EmbedsCheck implements Check {
    private static final Set<String> FRAMES = Set.of("document", "subdocument", "iframe", "sub_frame");
    private static final Set<TrackerKind> EMBED_KINDS =
            Set.of(TrackerKind.AUDIO_VIDEO_PLAYER, TrackerKind.SOCIAL_MEDIA);

    @Override
    public CheckId id() {
        return CheckId.NL_CK_25;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Map<String, TrackedRequest> embeds = new LinkedHashMap<>();
        for (TrackedRequest request : context.trackedRequests(Phase.INITIAL)) {
            boolean frame = FRAMES.contains(request.request().resourceType());
            boolean embed = EMBED_KINDS.contains(request.tracker().kind()) || request.mapEmbed();
            if (frame && embed && context.thirdParty(request.request().host())) {
                embeds.putIfAbsent(RegistrableDomain.siteOf(request.request().host()), request);
            }
        }
        List<String> names = new ArrayList<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (Map.Entry<String, TrackedRequest> embed : embeds.entrySet()) {
            List<ClassifiedItem> identifiers = context.items(Phase.INITIAL).stream()
                    .filter(i -> RegistrableDomain.siteOf(hostOf(i.where())).equals(embed.getKey()))
                    .toList();
            if (!identifiers.isEmpty()) {
                names.add(embed.getValue().tracker().name());
                refs.add(embed.getValue().ref());
                identifiers.stream().map(ClassifiedItem::ref).forEach(refs::add);
            }
        }
        if (names.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(
                Hits.hit(id(), Confidence.CERTAIN, Phase.INITIAL, List.of(Hits.names(names)), refs, null));
    }

    /** The host of a cookie domain or a storage origin. */
    static String hostOf(String where) {
        String host = Urls.host(where);
        return host.isEmpty() ? where : host;
    }
}
