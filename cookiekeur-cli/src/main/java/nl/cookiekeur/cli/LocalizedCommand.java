package nl.cookiekeur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.cookiekeur.text.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that speaks the user's language ({@code --lang}) and writes to the command line's streams. */
public abstract class LocalizedCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    /** The chosen language; Dutch when none was given. */
    protected final Language language() {
        return language.language();
    }

    /** The command line's texts in the chosen language. */
    protected final Messages messages() {
        return language.messages();
    }

    /** Where results go. */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where progress and problems go. */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
