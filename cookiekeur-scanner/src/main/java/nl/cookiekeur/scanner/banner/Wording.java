package nl.cookiekeur.scanner.banner;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists (Dutch and English) that recognise banner text: cookie wording, purposes, parties, the language, and
 * the wording of controls that reopen the choice. Each list is one regular expression usable in Java and in the
 * page-side probe.
 */
final class Wording {

    /** Text that makes a box a consent banner. */
    static final String COOKIE_WORDS = "cookie|toestemming|consent|tracking|trackers|gegevensverwerking"
            + "|privacy.?(instelling|voorkeur|settings|preferences)|datenschutz";

    /**
     * Text of a notice about collecting or processing personal data, without the word "cookie" (Orejime's Dutch
     * defaults: "Wij verzamelen en verwerken uw persoonlijke gegevens voor de volgende doeleinden" on the banner,
     * "Hier kunt u de informatie bekijken en aanpassen die we over u verzamelen" in its settings). Such a notice
     * counts as a consent banner only when it offers both an accepting and a refusing control
     * ({@link #CONSENT_ACCEPT_WORDS}, {@link #CONSENT_REFUSE_WORDS}): a newsletter or contact pop-up that mentions
     * personal data offers no refusal.
     */
    static final String DATA_NOTICE_WORDS =
            "(persoonlijke gegevens|persoonsgegevens|uw gegevens|je gegevens|personal data"
                    + "|personal information|your data|personenbezogene daten|données personnelles).{0,160}"
                    + "(doeleinden|doelen|purposes|zwecke|finalités)"
                    + "|(verzamel|verwerk|collect|process|sammeln|verarbeiten).{0,80}"
                    + "(gegevens|informatie|data|information|daten)"
                    + "|(gegevens|informatie|data|information|daten).{0,60}(verzamel|verwerk|collect|process|sammeln)";

    /** Text of a control that accepts, for {@link #DATA_NOTICE_WORDS}. */
    static final String CONSENT_ACCEPT_WORDS = "accept|aanvaard|akkoord|toestaan|sta .*toe|allow|agree|zustimmen";

    /** Text of a control that refuses, for {@link #DATA_NOTICE_WORDS}. */
    static final String CONSENT_REFUSE_WORDS = "weiger|afwijz|wijs .*af|reject|decline|deny|refuse|ablehnen|refuser";

    /** Text of a control that looks like a banner button (any role). */
    static final String BUTTON_WORDS = "accept|akkoord|aanvaard|weiger|toestaan|sta .*toe|afwijz|reject|decline|deny"
            + "|agree|allow|instelling|voorkeur|setting|preference|manage|beheer|aanpassen|customi|configur|opslaan|save"
            + "|noodzakelijk"
            + "|necessary|essential|sluit|close|^ok\\b|^ja\\b|prima|doorgaan|continue|got it|begrepen|×|✕|x$";

    /** Text of a persistent control that reopens the consent choice. */
    static final String REOPEN_WORDS = "cookie.?(instellingen|voorkeuren|settings|preferences|beheer|keuze)"
            + "|(instellingen|voorkeuren|beheer|wijzig|aanpassen|manage|change|update|edit|intrekken).{0,25}"
            + "(cookie|toestemming|consent|privacy)|privacy.?(instellingen|settings|voorkeuren|preferences)"
            + "|toestemming (intrekken|wijzigen|beheren)|consent (settings|preferences)";

    /** Text of a link to a cookie or privacy statement (not a control that reopens the choice). */
    static final String POLICY_WORDS =
            "beleid|verklaring|policy|statement|notice|meer info|lees meer|learn more|more info|read more";

    /** Wording of a legitimate-interest switch. */
    static final String LEGITIMATE_INTEREST_WORDS =
            "gerechtvaardigd|legitimate interest|berechtigte[sn]? interesse|intérêt légitime";

    private static final Pattern PURPOSES =
            Pattern.compile("analyti|analyse|statisti|advert|reclame|marketing|personalis|gepersonaliseerd|social media"
                    + "|sociale media|profiel|profil|targeting|meten|measure|tracking|remarketing|retargeting");

    private static final Pattern PARTIES = Pattern.compile(
            "partner|derde partij|derden|third.part|vendor|leverancier|aanbieder|google|facebook|\\bmeta\\b|youtube"
                    + "|linkedin|microsoft|hotjar|tiktok|doubleclick|adobe|criteo|pinterest|bing");

    private static final Pattern NECESSARY = Pattern.compile(
            "noodzakelijk|necessary|essenti|strikt|strictly|required|vereist|technisch|technical|nodig");

    private static final Pattern OUTRIGHT_REJECT =
            Pattern.compile("weiger|afwijz|wijs .*af|reject|decline|deny|refuse|niet akkoord|alles uit");

    private static final Pattern OUTRIGHT_ACCEPT = Pattern.compile("\\ball(e|es)?\\b|accept|toestaan|allow");

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+");

    private static final Set<String> DUTCH = Set.of(
            "de",
            "het",
            "een",
            "van",
            "wij",
            "je",
            "jouw",
            "uw",
            "onze",
            "deze",
            "gebruiken",
            "gebruikt",
            "voor",
            "met",
            "om",
            "zijn",
            "worden",
            "toestemming",
            "akkoord",
            "instellingen",
            "accepteren",
            "weigeren",
            "meer",
            "niet",
            "ook",
            "bij",
            "en",
            "op",
            "kunt",
            "kun",
            "wat",
            "hoe",
            "alle",
            "alleen");

    private static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "you",
            "your",
            "our",
            "this",
            "use",
            "uses",
            "for",
            "with",
            "to",
            "are",
            "is",
            "be",
            "consent",
            "accept",
            "settings",
            "reject",
            "more",
            "not",
            "also",
            "by",
            "of",
            "can",
            "all",
            "only",
            "how",
            "what",
            "on");

    private Wording() {}

    /** {@code nl}, {@code en}, or empty when the text does not clearly read as either. */
    static String language(String text) {
        int nl = 0;
        int en = 0;
        var m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        int seen = 0;
        while (m.find() && seen++ < 400) {
            String word = m.group();
            if (DUTCH.contains(word)) {
                nl++;
            }
            if (ENGLISH.contains(word)) {
                en++;
            }
        }
        if (nl >= 2 && nl > en) {
            return "nl";
        }
        if (en >= 2 && en > nl) {
            return "en";
        }
        return "";
    }

    static boolean declaresPurposes(String text) {
        return PURPOSES.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    static boolean declaresParties(String text) {
        return PARTIES.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a control's text states the choice outright (a refusal verb, "accept all"). */
    static boolean outright(nl.cookiekeur.evidence.ControlRole role, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (role) {
            case REJECT -> OUTRIGHT_REJECT.matcher(t).find();
            case ACCEPT -> OUTRIGHT_ACCEPT.matcher(t).find();
            default -> false;
        };
    }

    /** Whether a toggle's label names the strictly necessary category. */
    static boolean necessary(String label) {
        return NECESSARY.matcher(label.toLowerCase(Locale.ROOT)).find();
    }
}
