package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.facts.ToolFacts;
import nl.cookiekeur.knowledge.InMemoryKnowledgeBase;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.knowledge.profile.JsonToolCatalogue;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolProfile;
import org.junit.jupiter.api.Test;

/**
 * One answer per tool: the scan must not contradict {@code cookiekeur advies --tool}. For every tool profile, the
 * evidence of that tool on its default settings ({@code tool-defaults.txt}: its cookies with the lifetime they ask
 * for, its storage keys, its hosts) is assessed with the shipped knowledge and classifier, and every item the scan
 * advises must get the profile's advice and consent answer. A tool a scan cannot see gives no item and may not
 * need consent. The tools that still disagree are listed with the reason in {@code tool-disagreements.txt};
 * that list may only shrink.
 */
class ProfilesAgreeWithTheScanTest {
    private static final String SITE = "https://www.winkel.nl/";
    private static final DecisionTree TREE = DecisionTree.load();
    private static final JsonToolCatalogue CATALOGUE = JsonToolCatalogue.load(TREE);
    private static final InMemoryKnowledgeBase KNOWLEDGE = KnowledgeBases.shipped();
    private static final Assessor ASSESSOR = new Assessor(
            KnowledgeFirstClassifier.shipped(KNOWLEDGE),
            KNOWLEDGE,
            new CookieAdvisor(new Advisor(TREE)),
            TREE.citations());

    @Test
    void everyToolProfileHasItsDefaultEvidence() throws IOException {
        assertThat(defaults().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        CATALOGUE.all().stream().map(ToolProfile::id).toList());
    }

    @Test
    void theScanGivesEveryToolOnItsDefaultSettingsTheAdviceOfItsProfile() throws IOException {
        List<String> disagreements = disagreements();
        Map<String, List<String>> known = table("tool-disagreements.txt");

        assertThat(disagreements)
                .as("tools that disagree and are not listed in tool-disagreements.txt")
                .allSatisfy(d -> assertThat(known).containsKey(d.substring(0, d.indexOf(':'))));
        assertThat(known.keySet())
                .as("listed in tool-disagreements.txt but agreeing now: remove them")
                .allSatisfy(id -> assertThat(disagreements).anyMatch(d -> d.startsWith(id + ":")));
        assertThat(known).doesNotContainKeys("google-analytics-4", "google-analytics-4-privacy", "matomo");
    }

    private static List<String> disagreements() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, List<String>> tool : defaults().entrySet()) {
            ToolProfile profile = CATALOGUE.find(tool.getKey()).orElseThrow();
            if (tool.getValue().getFirst().startsWith("behaviour ")) {
                continue;
            }
            Assessment assessment = assess(profile.id(), tool.getValue());
            if (assessment.items().isEmpty() && profile.consentRequired()) {
                disagreements.add(profile.id() + ": nothing advised, profile "
                        + profile.advice().number());
            }
            for (ItemAdvice item : assessment.items()) {
                if (item.advice().number() != profile.advice().number()
                        || item.consentRequired() != profile.consentRequired()) {
                    disagreements.add(profile.id() + ": " + item.kind() + " " + item.name() + " advice "
                            + item.advice().number() + " (" + item.reason().english() + "), profile "
                            + profile.advice().number());
                }
            }
        }
        return disagreements;
    }

    @Test
    void aPaymentProviderLoadedOnTheHomePageNeedsConsentThere() throws IOException {
        for (String id : List.of("stripe", "paypal")) {
            List<String> atCheckout = Objects.requireNonNull(defaults().get(id));
            List<String> onHome = atCheckout.stream()
                    .filter(item -> !item.startsWith("page "))
                    .toList();
            assertThat(onHome).hasSize(atCheckout.size() - 1);
            Assessment home = assess(id, onHome);
            assertThat(home.items()).as(id).isNotEmpty().allSatisfy(item -> {
                assertThat(item.advice().number()).isEqualTo(10);
                assertThat(item.consentRequired()).isTrue();
                assertThat(item.reason().english()).startsWith("A payment service");
            });
            // its cookies are reported apart from tracking: needing consent there is likely, not certain
            List<Finding> before = home.findings().stream()
                    .filter(f -> f.checkId().equals("NL-CK-01"))
                    .toList();
            if (id.equals("stripe")) {
                assertThat(before).singleElement().satisfies(f -> {
                    assertThat(f.confidence()).isEqualTo(Confidence.LIKELY);
                    assertThat(f.severity()).isEqualTo(Severity.MIDDEL);
                    assertThat(f.explanation().dutch()).contains("betaaldienst").contains("__stripe_mid");
                    assertThat(f.explanation().english()).contains("payment service");
                });
            } else {
                assertThat(before).as(id + " sets no cookie").isEmpty();
            }
            // its hosts, contacted where nobody pays, are a likely NL-CK-02 hit of their own, not at checkout
            assertThat(home.findings().stream().filter(f -> f.checkId().equals("NL-CK-02")))
                    .as(id)
                    .singleElement()
                    .satisfies(f -> assertThat(f.explanation().english()).contains("payment service"));
            assertThat(assess(id, atCheckout).findings())
                    .noneMatch(f -> f.checkId().equals("NL-CK-02"));
            assertThat(assess(id, atCheckout).findings())
                    .noneMatch(f -> f.checkId().equals("NL-CK-01"));
            // WhoTracks.me files payment providers under customer interaction, as chat widgets: no chat finding
            assertThat(home.findings()).noneMatch(f -> f.checkId().equals("NL-CK-34"));
        }
    }

    @Test
    void recaptchaAndAPopUpCounterAreReportedApartFromTracking() throws IOException {
        Assessment recaptcha =
                assess("recaptcha", Objects.requireNonNull(defaults().get("recaptcha")));
        assertThat(recaptcha.findings().stream().filter(f -> f.checkId().equals("NL-CK-01")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.confidence()).isEqualTo(Confidence.LIKELY);
                    assertThat(f.severity()).isEqualTo(Severity.MIDDEL);
                    assertThat(f.title().dutch()).isEqualTo("Botcontrole van Google vóór toestemming");
                    assertThat(f.title().english()).isEqualTo("Google bot check before consent");
                    assertThat(f.explanation().dutch()).contains("reCAPTCHA").contains("_GRECAPTCHA");
                    assertThat(f.explanation().english()).contains("bot check");
                });
        // its hosts are no tracking tags, but need consent too: a likely NL-CK-02 hit of their own
        assertThat(recaptcha.findings().stream().filter(f -> f.checkId().equals("NL-CK-02")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.confidence()).isEqualTo(Confidence.LIKELY);
                    assertThat(f.explanation().dutch())
                            .contains("reCAPTCHA")
                            .contains("www.google.com")
                            .contains("www.gstatic.com");
                });

        Assessment popup = assess(
                "popup-frequency-cookie", Objects.requireNonNull(defaults().get("popup-frequency-cookie")));
        assertThat(popup.findings().stream().filter(f -> f.checkId().equals("NL-CK-01")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
                    assertThat(f.severity()).isEqualTo(Severity.LAAG);
                    assertThat(f.title().dutch()).isEqualTo("Pop-upcookie vóór toestemming");
                    assertThat(f.explanation().dutch()).contains("pop-up").contains("popup_shown");
                });
    }

    @Test
    void ga4OnDefaultSettingsNeedsConsentWhateverTheOwnerDeclares() throws IOException {
        List<String> ga4 = defaults().get("google-analytics-4");
        Assessment withFacts = ASSESSOR.assess(build(Objects.requireNonNull(ga4)), facts("google-analytics-4"));

        assertThat(withFacts.items())
                .filteredOn(i -> i.name().equals("_ga"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.advice().number()).isEqualTo(10);
                    assertThat(i.retention().dutch()).isEqualTo("gevraagd: 2 jaar; Chromium begrenst tot 400 dagen");
                });
    }

    private static Assessment assess(String id, List<String> items) {
        boolean declared = items.contains("facts");
        return ASSESSOR.assess(build(items), declared ? facts(id) : SiteFacts.none());
    }

    private static SiteFacts facts(String id) {
        return new SiteFacts(List.of(new ToolFacts(id, true, true, true, true)));
    }

    private static nl.cookiekeur.evidence.ScanEvidence build(List<String> items) {
        EvidenceBuilder evidence = EvidenceBuilder.site(SITE).noBanner(Phase.INITIAL);
        for (String item : items) {
            String[] part = item.split(" ");
            switch (part[0]) {
                case "cookie" -> cookie(evidence, part);
                case "storage" ->
                    evidence.storage(
                            Phase.INITIAL,
                            StorageKind.LOCAL_STORAGE,
                            part[2],
                            part[1],
                            part.length > 3 ? part[3] : null);
                case "request" -> evidence.request(Phase.INITIAL, part[1]);
                case "page" -> evidence.visit(Phase.INITIAL, part[1]);
                case "facts", "nothing" -> {}
                default -> throw new IllegalArgumentException("unknown item: " + item);
            }
        }
        return evidence.build();
    }

    private static void cookie(EvidenceBuilder evidence, String[] part) {
        String setter = part.length > 4 ? part[4] : null;
        if (part[3].equals("session")) {
            evidence.cookie(Phase.INITIAL, part[1], part[2], null, setter, nl.cookiekeur.cookie.SameSite.LAX);
        } else {
            evidence.requestedCookie(Phase.INITIAL, part[1], part[2], duration(part[3]), setter);
        }
    }

    private static Duration duration(String text) {
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'd' -> Duration.ofDays(n);
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            default -> throw new IllegalArgumentException("unknown lifetime: " + text);
        };
    }

    /** Tool id → its items, from {@code tool-defaults.txt}. */
    private static Map<String, List<String>> defaults() throws IOException {
        return table("tool-defaults.txt");
    }

    /** Tool id → the {@code ;}-separated second column of a {@code id | …} table. */
    private static Map<String, List<String>> table(String resource) throws IOException {
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        try (InputStream in =
                Objects.requireNonNull(ProfilesAgreeWithTheScanTest.class.getResourceAsStream(resource))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|", 2);
                List<String> items = new ArrayList<>();
                for (String item : columns[1].split(";")) {
                    items.add(item.strip());
                }
                assertThat(defaults.put(columns[0].strip(), items))
                        .as("duplicate " + columns[0])
                        .isNull();
            }
        }
        return defaults;
    }
}
