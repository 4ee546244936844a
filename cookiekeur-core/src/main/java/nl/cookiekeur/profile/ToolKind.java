package nl.cookiekeur.profile;

import java.util.Locale;
import java.util.Optional;

/** The group a web technology belongs to, with a stable lower-case id used in data files and output. */
public enum ToolKind {
    /** Visitor statistics and web analytics. */
    ANALYTICS("analytics"),
    /** Heatmaps and session recording (session replay). */
    HEATMAP("heatmap"),
    /** A/B testing and experimentation platforms. */
    AB_TESTING("ab-testing"),
    /** Live chat and support widgets. */
    CHAT("chat"),
    /** Lead generation: recognising visiting companies. */
    LEAD("lead"),
    /** Advertising, retargeting and conversion pixels. */
    ADVERTISING("advertising"),
    /** Marketing automation and e-mail marketing. */
    MARKETING_AUTOMATION("marketing-automation"),
    /** Embedded third-party content such as video, maps and fonts. */
    EMBED("embed"),
    /** Bot protection, fraud prevention and request forgery protection. */
    SECURITY("security"),
    /** Payment providers. */
    PAYMENT("payment"),
    /** Technically necessary first-party functions such as carts, logins and load balancing. */
    NECESSARY("necessary"),
    /** Storing the visitor's cookie choice. */
    CONSENT("consent"),
    /** Recognising devices from their characteristics instead of stored identifiers. */
    FINGERPRINTING("fingerprinting");

    private final String id;

    ToolKind(String id) {
        this.id = id;
    }

    /** The stable id, such as {@code ab-testing}. */
    public String id() {
        return id;
    }

    /** The kind with this id, ignoring case and surrounding blanks; empty when no kind has it. */
    public static Optional<ToolKind> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (ToolKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
