package nl.cookiekeur.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ScanEvidence;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a site configuration from a scan: every cookie the scan saw is classified and placed under its
 * purpose, grouped per party with its longest lifetime; cookies nobody could classify go under marketing (asking
 * consent is the safe side) and are marked for review. The draft is for the site owner to check and complete
 * (privacy statement links, texts), then publish.
 */
final class ConfigDrafter {
    private static final int MAX_COOKIES = 2_000;
    private final CookieClassifier classifier;

    ConfigDrafter(CookieClassifier classifier) {
        this.classifier = classifier;
    }

    /** The draft configuration as JSON text (valid for {@link SiteConfig#parse}). */
    String draft(ScanEvidence evidence) {
        URI site = URI.create(evidence.scan().startUrl());
        Map<Category, Map<String, VendorDraft>> byPurpose = new EnumMap<>(Category.class);
        Map<Category, TreeSet<String>> httpOnly = new EnumMap<>(Category.class);
        TreeSet<String> seen = new TreeSet<>();
        for (ObservedCookie observed : evidence.cookies()) {
            if (seen.size() >= MAX_COOKIES || !seen.add(observed.name() + "\u0000" + observed.domain())) {
                continue;
            }
            Classification classification = classifier.classify(cookie(observed, site));
            Category category =
                    classification.category() == Category.UNKNOWN ? Category.MARKETING : classification.category();
            boolean review = classification.category() == Category.UNKNOWN;
            String vendor = classification.vendor() != null
                    ? classification.vendor()
                    : observed.domain().replaceFirst("^\\.", "");
            byPurpose
                    .computeIfAbsent(category, c -> new TreeMap<>())
                    .computeIfAbsent(vendor, v -> new VendorDraft(v, classification.thirdParty()))
                    .add(observed, review);
            if (observed.httpOnly() && category != Category.NECESSARY) {
                httpOnly.computeIfAbsent(category, c -> new TreeSet<>()).add(observed.name());
            }
        }
        ObjectNode config = template();
        ArrayNode purposes = config.putArray("purposes");
        for (Category category :
                new Category[] {Category.NECESSARY, Category.PREFERENCES, Category.ANALYTICS, Category.MARKETING}) {
            Map<String, VendorDraft> vendors = byPurpose.get(category);
            if (vendors == null && category != Category.NECESSARY) {
                continue;
            }
            ObjectNode purpose = purposes.addObject();
            purpose.put("id", category.id());
            purpose.put("necessary", category == Category.NECESSARY);
            purpose.set("name", texts(category)[0]);
            purpose.set("description", texts(category)[1]);
            ArrayNode vendorList = purpose.putArray("vendors");
            if (vendors != null) {
                for (VendorDraft vendor : vendors.values()) {
                    vendorList.add(vendor.json(category));
                }
            }
        }
        ObjectNode cookies = config.putObject("httpOnlyCookies");
        httpOnly.forEach((category, names) -> {
            ArrayNode list = cookies.putArray(category.id());
            names.forEach(list::add);
        });
        ArrayNode origins = config.putArray("origins");
        if (site.getScheme() != null && site.getRawAuthority() != null) {
            origins.add(site.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + site.getRawAuthority().toLowerCase(Locale.ROOT));
        }
        return config.toPrettyString();
    }

    private static Cookie cookie(ObservedCookie observed, URI site) {
        Long lifetime = observed.expires() == null
                ? null
                : Math.max(
                        0,
                        Duration.between(observed.firstSeen(), observed.expires())
                                .toSeconds());
        URI setter = null;
        if (observed.setter() != null) {
            try {
                setter = URI.create(observed.setter());
            } catch (IllegalArgumentException e) {
                setter = null; // a hostile setter URL is not needed to classify
            }
        }
        return new Cookie(
                observed.name(),
                observed.domain(),
                observed.path(),
                observed.value(),
                lifetime,
                lifetime == null,
                observed.httpOnly(),
                observed.hostOnly(),
                observed.secure(),
                observed.sameSite(),
                site,
                setter);
    }

    /** The generic texts of a draft (the demo's, without its demo-specific title and introduction). */
    private static ObjectNode template() {
        try {
            ObjectNode demo = (ObjectNode) CanonicalJson.parse(DemoSite.config());
            ObjectNode config = CanonicalJson.object();
            config.set("languages", demo.get("languages"));
            config.put("defaultLanguage", "nl");
            ObjectNode texts = demo.get("texts").deepCopy();
            ((ObjectNode) texts.get("nl")).put("title", "Cookies op deze website");
            ((ObjectNode) texts.get("nl"))
                    .put(
                            "intro",
                            "Noodzakelijke cookies houden deze website werkend. Voor al het andere vragen we eerst uw"
                                    + " toestemming; zonder toestemming kunt u de website gewoon gebruiken.");
            ((ObjectNode) texts.get("en")).put("title", "Cookies on this website");
            ((ObjectNode) texts.get("en"))
                    .put(
                            "intro",
                            "Necessary cookies keep this website working. For everything else we ask your consent"
                                    + " first; without consent you can still use the website.");
            config.set("texts", texts);
            config.put("gpc", "respect");
            config.put("consentMaxAgeDays", 365);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<Category, JsonNode[]> PURPOSE_TEXTS = new EnumMap<>(Category.class);

    static {
        PURPOSE_TEXTS.put(Category.NECESSARY, new JsonNode[] {
            localized("Noodzakelijk", "Necessary"),
            localized(
                    "Nodig om de website te laten werken en uw cookiekeuze te onthouden; hiervoor is geen toestemming nodig.",
                    "Needed for the website to work and to remember your cookie choice; no consent is needed.")
        });
        PURPOSE_TEXTS.put(Category.PREFERENCES, new JsonNode[] {
            localized("Voorkeuren", "Preferences"),
            localized(
                    "Onthoudt keuzes die u maakt, zoals taal of regio.",
                    "Remembers choices you make, such as language or region.")
        });
        PURPOSE_TEXTS.put(Category.ANALYTICS, new JsonNode[] {
            localized("Statistieken", "Statistics"),
            localized(
                    "Meet hoe bezoekers de website gebruiken, om haar te verbeteren.",
                    "Measures how visitors use the website, to improve it.")
        });
        PURPOSE_TEXTS.put(Category.MARKETING, new JsonNode[] {
            localized("Marketing", "Marketing"),
            localized(
                    "Volgt u over websites heen om advertenties af te stemmen of te meten, en ingesloten inhoud van andere partijen.",
                    "Follows you across websites to tailor or measure ads, and embedded content from other parties.")
        });
    }

    /** The name and description of a purpose. */
    private static JsonNode[] texts(Category category) {
        return java.util.Objects.requireNonNull(PURPOSE_TEXTS.get(category), "texts of " + category);
    }

    private static ObjectNode localized(String nl, String en) {
        ObjectNode text = CanonicalJson.object();
        text.put("nl", nl);
        text.put("en", en);
        return text;
    }

    /** One party under one purpose, collecting its cookies. */
    private static final class VendorDraft {
        private final String name;
        private final boolean thirdParty;
        private final TreeSet<String> cookies = new TreeSet<>();
        private @Nullable Duration longest;
        private boolean session;
        private boolean review;

        VendorDraft(String name, boolean thirdParty) {
            this.name = name.length() > 200 ? name.substring(0, 200) : name;
            this.thirdParty = thirdParty;
        }

        void add(ObservedCookie cookie, boolean needsReview) {
            if (cookie.name().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}") && cookies.size() < 100) {
                cookies.add(cookie.name());
            }
            review |= needsReview;
            if (cookie.expires() == null) {
                session = true;
            } else {
                Duration lifetime = Duration.between(cookie.firstSeen(), cookie.expires());
                if (longest == null || lifetime.compareTo(longest) > 0) {
                    longest = lifetime;
                }
            }
        }

        ObjectNode json(Category category) {
            ObjectNode vendor = CanonicalJson.object();
            vendor.put("name", name);
            String[] purpose = review
                    ? new String[] {
                        "Doel onbekend: controleer dit voor publicatie", "Purpose unknown: check before publishing"
                    }
                    : new String[] {
                        texts(category)[0].get("nl").asText(),
                        texts(category)[0].get("en").asText()
                    };
            vendor.set("purpose", localized(purpose[0], purpose[1]));
            vendor.set("retention", retention());
            vendor.put("thirdParty", thirdParty);
            ArrayNode list = vendor.putArray("cookies");
            cookies.forEach(list::add);
            return vendor;
        }

        private ObjectNode retention() {
            Duration value = longest;
            if (value == null) {
                return session
                        ? localized("tot het sluiten van de browser", "until the browser closes")
                        : localized("onbekend", "unknown");
            }
            long days = Math.max(1, value.toDays());
            if (days >= 365) {
                long years = Math.round(days / 365.0);
                return localized(years + " jaar", years + (years == 1 ? " year" : " years"));
            }
            if (days >= 31) {
                long months = Math.round(days / 30.44);
                return localized(
                        months + (months == 1 ? " maand" : " maanden"), months + (months == 1 ? " month" : " months"));
            }
            return localized(days + (days == 1 ? " dag" : " dagen"), days + (days == 1 ? " day" : " days"));
        }
    }
}
