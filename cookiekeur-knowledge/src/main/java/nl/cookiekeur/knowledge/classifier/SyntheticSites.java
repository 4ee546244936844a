package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;

/** Made-up Dutch and Belgian shop, news and service sites on which generated cookies are observed. */
final class SyntheticSites {
    private static final List<String> TRADES = List.of(
            "bakkerij",
            "fietsen",
            "tuincentrum",
            "boekhandel",
            "kapsalon",
            "autobedrijf",
            "reisbureau",
            "zorggroep",
            "makelaardij",
            "advocaten",
            "dierenwinkel",
            "schoenen",
            "verhuur",
            "installatie",
            "sportschool",
            "woonwinkel",
            "drukkerij",
            "camping",
            "ijssalon",
            "slagerij");
    private static final List<String> PLACES = List.of(
            "jansen",
            "devries",
            "utrecht",
            "zwolle",
            "haarlem",
            "leiden",
            "brabant",
            "kempen",
            "vandijk",
            "bakker",
            "groningen",
            "delft");
    private static final List<String> TOP_LEVEL = List.of("nl", "nl", "nl", "be", "com", "eu");

    private SyntheticSites() {}

    /** {@code count} distinct host names such as {@code www.bakkerij-jansen.nl}. */
    static List<String> hosts(int count) {
        List<String> hosts = new ArrayList<>();
        int i = 0;
        while (hosts.size() < count) {
            String trade = TRADES.get(i % TRADES.size());
            String place = PLACES.get((i / TRADES.size()) % PLACES.size());
            String tld = TOP_LEVEL.get(i % TOP_LEVEL.size());
            hosts.add("www." + trade + "-" + place + "." + tld);
            i++;
        }
        return hosts;
    }
}
