package nl.cookiekeur.cli;

import java.util.function.Consumer;
import picocli.CommandLine.Mixin;

/** A command whose result is shown as text, Markdown or JSON ({@code --format}). */
public abstract class ReportingCommand extends LocalizedCommand {

    @Mixin
    private FormatOption format = new FormatOption();

    /** The chosen output format. */
    protected final OutputFormat format() {
        return format.format();
    }

    /** Writes {@code json} as JSON when that format was chosen, and otherwise lets {@code human} fill a page. */
    protected final void show(Object json, Consumer<Page> human) {
        if (format() == OutputFormat.JSON) {
            JsonOutput.print(out(), json);
        } else {
            human.accept(Page.of(format(), out()));
        }
    }
}
