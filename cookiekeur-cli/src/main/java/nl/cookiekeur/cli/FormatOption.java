package nl.cookiekeur.cli;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The shared {@code --format text|json|markdown} option; mix it into a command with {@code @Mixin}. */
public final class FormatOption {

    @Option(
            names = "--format",
            paramLabel = "<formaat>",
            descriptionKey = "option.format",
            converter = Converter.class,
            completionCandidates = Codes.class)
    private OutputFormat format = OutputFormat.TEXT;

    /** The chosen format; text when none was given. */
    public OutputFormat format() {
        return format;
    }

    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.fromCode(value).orElseThrow(() -> new TypeConversionException(value));
        }
    }

    static final class Codes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(OutputFormat.values()).map(OutputFormat::code).iterator();
        }
    }
}
