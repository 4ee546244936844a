package nl.cookiekeur.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The command line's own user texts ({@code messages_nl}/{@code messages_en}) in one language. */
public final class Messages {
    private static final String BUNDLE = "nl.cookiekeur.cli.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The texts in the given language, without falling back to the JVM's default locale. */
    public static Messages of(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    /** The texts in the {@code --lang} of a command (Dutch when it has none), for options mixed into it. */
    public static Messages of(CommandSpec command) {
        OptionSpec lang = command.findOption("--lang");
        Object value = lang == null ? null : lang.getValue();
        return of(value instanceof Language language ? language : Language.DUTCH);
    }

    /** The language of these texts. */
    public Language language() {
        return language;
    }

    /**
     * The text under {@code key}, with {@code {0}}-style arguments filled in; every text is a
     * {@link MessageFormat} pattern, so a literal apostrophe is written twice ({@code ''}).
     */
    public String get(String key, @Nullable Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing text '" + key + "' in " + BUNDLE + "_" + language.code(), e);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
