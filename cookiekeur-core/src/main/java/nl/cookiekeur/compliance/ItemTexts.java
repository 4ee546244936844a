package nl.cookiekeur.compliance;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.SourceLabel;
import nl.cookiekeur.facts.ToolFacts;
import nl.cookiekeur.text.Language;

/** The texts of the advice per item that add to the beslisboom reason, from {@code item-texts*.properties}. */
final class ItemTexts {
    private static final String BUNDLE = "nl.cookiekeur.compliance.item-texts";

    private ItemTexts() {}

    /** "gevraagd: 2 jaar; Chromium begrenst tot 400 dagen" for a cookie whose requested lifetime was capped. */
    static LocalizedText capped(LocalizedText requested) {
        return new LocalizedText(
                format(Language.DUTCH, "lifetime.capped", requested.dutch()),
                format(Language.ENGLISH, "lifetime.capped", requested.english()));
    }

    /** The note that the owner declared the analytics settings of a tool. */
    static LocalizedText declared(ToolFacts facts) {
        return new LocalizedText(
                format(Language.DUTCH, "facts.declared", facts.toolId()),
                format(Language.ENGLISH, "facts.declared", facts.toolId()));
    }

    /** The reason of a tag manager host, with what it loaded. */
    static LocalizedText loads(LocalizedText reason, String vendor) {
        return new LocalizedText(
                reason.dutch() + " " + format(Language.DUTCH, "tagmanager.loads", vendor),
                reason.english() + " " + format(Language.ENGLISH, "tagmanager.loads", vendor));
    }

    /**
     * The reason of an item that needs review, with the best guess that was not sure enough to decide on, and
     * whether the guess follows other sites' declarations.
     */
    static LocalizedText likely(LocalizedText reason, Category likely, boolean declared) {
        String key = declared ? "review.likely.declared" : "review.likely";
        return new LocalizedText(
                reason.dutch() + " " + format(Language.DUTCH, key, format(Language.DUTCH, "category." + likely.id())),
                reason.english() + " "
                        + format(Language.ENGLISH, key, format(Language.ENGLISH, "category." + likely.id())));
    }

    /** The reason with what the knowledge source itself calls the cookie, quoted as evidence. */
    static LocalizedText sourceLabel(LocalizedText reason, SourceLabel label) {
        return new LocalizedText(
                reason.dutch() + " " + format(Language.DUTCH, "source.label", label.source(), label.label()),
                reason.english() + " " + format(Language.ENGLISH, "source.label", label.source(), label.label()));
    }

    private static String format(Language language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ItemTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
