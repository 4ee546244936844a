package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScriptBehaviour;
import nl.cookiekeur.evidence.Urls;

/**
 * Beacons and pixels to another party that no list names ({@link BehaviourKind#PAGE_BEACON}), judged over the
 * whole phase rather than per page: a party that receives a beacon on <em>every</em> page visited before a choice
 * can follow the visit from page to page, which is a tracker's behaviour ({@link Confidence#LIKELY}, variant
 * {@code behaviour}); a party that received one on only some of the pages may be a one-off image with a query
 * string, so those are put up for review ({@link Confidence#NEEDS_REVIEW}, variant {@code behaviour-some}).
 */
final class PageBeacons {
    static final String SOME_PAGES = "behaviour-some";

    private PageBeacons() {}

    static List<Hit> hits(CheckId check, AssessmentContext context) {
        Set<String> visited = new LinkedHashSet<>();
        for (PageVisit visit : context.evidence().visits(Phase.INITIAL)) {
            if (visit.error().isEmpty()) {
                visited.add(visit.url());
            }
        }
        Map<String, List<ScriptBehaviour>> byHost = new LinkedHashMap<>();
        for (ScriptBehaviour beacon : context.evidence().behaviours()) {
            if (beacon.phase() != Phase.INITIAL || beacon.kind() != BehaviourKind.PAGE_BEACON) {
                continue;
            }
            String host = Urls.host(beacon.target());
            if (host.isEmpty() || !context.thirdParty(host) || context.trackerOfUrl(beacon.target()) != null) {
                continue;
            }
            byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(beacon);
        }
        List<ScriptBehaviour> everyPage = new ArrayList<>();
        List<ScriptBehaviour> somePages = new ArrayList<>();
        int seenOnSome = 0;
        for (List<ScriptBehaviour> beacons : byHost.values()) {
            Set<String> pages = new LinkedHashSet<>();
            beacons.forEach(b -> pages.add(b.pageUrl()));
            boolean onEvery = visited.isEmpty() || pages.containsAll(visited);
            List<ScriptBehaviour> perScript = onePerScript(beacons);
            if (onEvery) {
                everyPage.addAll(perScript);
            } else {
                somePages.addAll(perScript);
                seenOnSome = Math.max(seenOnSome, (int)
                        pages.stream().filter(visited::contains).count());
            }
        }
        List<Hit> hits = new ArrayList<>(Behaviours.hit(
                check,
                Phase.INITIAL,
                everyPage,
                List.of(Behaviours.scripts(everyPage), Behaviours.targets(everyPage))));
        for (Hit hit : Behaviours.hit(
                check,
                Phase.INITIAL,
                somePages,
                List.of(
                        Behaviours.scripts(somePages),
                        Behaviours.targets(somePages),
                        Integer.toString(Math.max(1, seenOnSome)),
                        Integer.toString(visited.size())))) {
            hits.add(new Hit(
                    hit.severity(),
                    Confidence.NEEDS_REVIEW,
                    hit.phase(),
                    SOME_PAGES,
                    hit.arguments(),
                    hit.evidence(),
                    hit.advice()));
        }
        return hits;
    }

    private static List<ScriptBehaviour> onePerScript(List<ScriptBehaviour> beacons) {
        Map<String, ScriptBehaviour> unique = new LinkedHashMap<>();
        for (ScriptBehaviour beacon : beacons) {
            unique.putIfAbsent(beacon.script() + "\u0000" + Urls.host(beacon.target()), beacon);
        }
        return List.copyOf(unique.values());
    }
}
