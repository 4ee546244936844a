package nl.cookiekeur.cli;

import java.util.Arrays;
import java.util.Iterator;
import nl.cookiekeur.text.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The shared {@code --lang nl|en} option; mix it into a command with {@code @Mixin}. */
public final class LanguageOption {

    @Option(
            names = "--lang",
            paramLabel = "<taal>",
            descriptionKey = "option.lang",
            converter = Converter.class,
            completionCandidates = Codes.class)
    private Language language = Language.DUTCH;

    /** The chosen language; Dutch when none was given. */
    public Language language() {
        return language;
    }

    /** The command line's texts in the chosen language. */
    public Messages messages() {
        return Messages.of(language);
    }

    static final class Converter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value).orElseThrow(() -> new TypeConversionException(value));
        }
    }

    static final class Codes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Language.values()).map(Language::code).iterator();
        }
    }
}
