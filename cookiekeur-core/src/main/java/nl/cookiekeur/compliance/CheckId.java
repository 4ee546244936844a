package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Optional;

/**
 * The checks of the rule catalogue (legal-rules §E.2), each with its stable id, its default severity and the
 * ids of its legal sources in the citation catalogue.
 */
public enum CheckId {
    NL_CK_01(Severity.KRITIEK, "tw-11.7a-1", "edpb-tf-2023", "ap-waarschuwingen-2025", "cnil-shein-2025"),
    NL_CK_02(Severity.KRITIEK, "tw-11.7a-1", "edpb-gl-2-2023"),
    NL_CK_03(Severity.KRITIEK, "tw-11.7a-1", "ap-waarschuwingen-2025", "cnil-shein-2025"),
    NL_CK_04(Severity.HOOG, "edpb-tf-2023", "ap-cookiebanners", "cnil-google-facebook-2021"),
    NL_CK_05(Severity.HOOG, "avg-7", "ap-cookiebanners", "cnil-google-facebook-2021", "cjeu-orange-romania"),
    NL_CK_06(Severity.HOOG, "edpb-tf-2023", "ap-cookiebanners"),
    NL_CK_07(Severity.MIDDEL, "edpb-tf-2023", "ap-cookiebanners"),
    NL_CK_08(Severity.HOOG, "edpb-tf-2023"),
    NL_CK_09(Severity.KRITIEK, "cjeu-planet49", "avg-recital-32", "edpb-tf-2023", "ap-kruidvat"),
    NL_CK_10(Severity.KRITIEK, "edpb-gl-05-2020", "cjeu-planet49", "avg-recital-32"),
    NL_CK_11(Severity.HOOG, "edpb-gl-05-2020", "ap-cookiewall-2019", "edpb-tf-2023"),
    NL_CK_12(Severity.KRITIEK, "tw-11.7a-5", "edpb-gl-05-2020"),
    NL_CK_13(Severity.HOOG, "edpb-tf-2023", "ap-cookiebanners"),
    NL_CK_14(Severity.HOOG, "edpb-tf-2023", "wp29-194", "cjeu-mircom"),
    NL_CK_15(Severity.HOOG, "avg-7", "edpb-tf-2023", "ap-intrekken"),
    NL_CK_16(Severity.HOOG, "avg-7", "ap-intrekken", "cnil-shein-2025"),
    NL_CK_17(Severity.MIDDEL, "tw-11.7a-1", "ap-cookiebanners", "edpb-tf-2023"),
    NL_CK_18(Severity.MIDDEL, "ap-cookiebanners", "edpb-gl-03-2022"),
    NL_CK_19(Severity.MIDDEL, "avg-13", "cjeu-planet49", "edpb-tf-2023"),
    NL_CK_20(Severity.LAAG, "cjeu-planet49", "avg-13"),
    NL_CK_21(
            Severity.HOOG,
            "tw-11.7a-3b-analytics",
            "ap-cookies-organisaties",
            "cnil-mesure-audience",
            "wp29-194",
            "clarity-consent"),
    NL_CK_22(Severity.KRITIEK, "edpb-gl-2-2023", "cnil-session-replay-2026", "clarity-consent"),
    NL_CK_23(Severity.KRITIEK, "edpb-gl-2-2023", "wp29-224"),
    NL_CK_24(Severity.HOOG, "edpb-gl-2-2023"),
    NL_CK_25(Severity.HOOG, "edpb-gl-2-2023", "cjeu-fashion-id", "wp29-194"),
    NL_CK_26(Severity.MIDDEL, "edpb-gl-2-2023"),
    NL_CK_27(Severity.HOOG, "tw-11.7a-1", "edpb-gl-2-2023"),
    NL_CK_28(Severity.MIDDEL, "edpb-gl-03-2022", "garante-2021"),
    NL_CK_29(Severity.LAAG, "cnil-recommandation-2020", "garante-2021"),
    NL_CK_30(Severity.MIDDEL, "tw-11.1-g", "avg-recital-32", "cjeu-planet49"),
    NL_CK_31(Severity.INFO, "avg-7", "cjeu-orange-romania"),
    NL_CK_32(Severity.LAAG, "edpb-gl-03-2022"),
    NL_CK_33(Severity.HOOG, "edpb-gl-2-2023"),
    NL_CK_34(Severity.MIDDEL, "wp29-194"),
    NL_CK_35(Severity.LAAG, "cnil-recommandation-2020");

    private final Severity severity;
    /** The citation ids separated by spaces (enum fields must be immutable). */
    private final String citationIds;

    CheckId(Severity severity, String... citationIds) {
        this.severity = severity;
        this.citationIds = String.join(" ", citationIds);
    }

    /** The stable id as shown to users and in files, such as {@code NL-CK-01}. */
    public String id() {
        return name().replace('_', '-');
    }

    /** The severity the catalogue gives a finding of this check. */
    public Severity severity() {
        return severity;
    }

    /** The ids of the legal sources in the citation catalogue. */
    public List<String> citationIds() {
        return List.of(citationIds.split(" "));
    }

    /** The check with this id ({@code NL-CK-01}), ignoring case and surrounding space. */
    public static Optional<CheckId> fromId(String id) {
        for (CheckId check : values()) {
            if (check.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }
}
