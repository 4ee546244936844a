package nl.cookiekeur.ledger.banner;

import com.google.javascript.jscomp.CheckLevel;
import com.google.javascript.jscomp.CommandLineRunner;
import com.google.javascript.jscomp.CompilationLevel;
import com.google.javascript.jscomp.Compiler;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.CompilerOptions.LanguageMode;
import com.google.javascript.jscomp.DiagnosticGroups;
import com.google.javascript.jscomp.Result;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.jscomp.WarningLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step run by the exec-maven-plugin after compilation (no Node needed): compiles the banner
 * sources ({@code src/main/js/texts.js} then {@code banner.js}, wrapped in one function so nothing leaks
 * into the page's globals) with the Closure Compiler, SIMPLE optimisations, ES2019 in and out, warnings
 * as errors; and minifies {@code src/main/css/banner.css}. Writes {@code banner.min.js} and {@code
 * banner.css} under {@code nl/cookiekeur/ledger/web/} in the classes directory.
 */
public final class BannerBuild {
    /** Where the ledger finds the built banner on the classpath. */
    public static final String RESOURCE_DIR = "nl/cookiekeur/ledger/web/";

    private static final List<String> SCRIPTS = List.of("texts.js", "banner.js");

    private BannerBuild() {}

    /**
     * Arguments: the module's base directory and the classes directory. Throws (failing the build) when
     * the script does not compile cleanly.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BannerBuild <module dir> <classes dir>");
        }
        Path module = Path.of(args[0]);
        Path out = Path.of(args[1], RESOURCE_DIR);
        Files.createDirectories(out);
        String js = compile(module.resolve("src/main/js"));
        Files.writeString(out.resolve("banner.min.js"), js, StandardCharsets.UTF_8);
        String css = CssMinifier.minify(Files.readString(module.resolve("src/main/css/banner.css")));
        Files.writeString(out.resolve("banner.css"), css, StandardCharsets.UTF_8);
        System.out.println("Banner built: banner.min.js " + js.getBytes(StandardCharsets.UTF_8).length
                + " bytes, banner.css " + css.getBytes(StandardCharsets.UTF_8).length + " bytes in " + out);
    }

    static String compile(Path sources) {
        StringBuilder code = new StringBuilder("(function(){'use strict';\n");
        for (String name : SCRIPTS) {
            code.append(read(sources.resolve(name))).append('\n');
        }
        code.append("})();\n");
        CompilerOptions options = new CompilerOptions();
        CompilationLevel.SIMPLE_OPTIMIZATIONS.setOptionsForCompilationLevel(options);
        WarningLevel.DEFAULT.setOptionsForWarningLevel(options);
        options.setWarningLevel(DiagnosticGroups.UNDEFINED_VARIABLES, CheckLevel.ERROR);
        options.setLanguageIn(LanguageMode.ECMASCRIPT_2019);
        options.setLanguageOut(LanguageMode.ECMASCRIPT_2019);
        options.setEmitUseStrict(false);
        options.setOutputCharset(StandardCharsets.UTF_8);
        Compiler compiler = new Compiler(System.err);
        Result result;
        try {
            result = compiler.compile(
                    CommandLineRunner.getBuiltinExterns(CompilerOptions.Environment.BROWSER),
                    List.of(SourceFile.fromCode("banner.js", code.toString())),
                    options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!result.success || !result.warnings.isEmpty()) {
            throw new IllegalStateException("The banner script does not compile cleanly: " + result.errors.size()
                    + " errors, " + result.warnings.size() + " warnings (see above)");
        }
        return compiler.toSource() + "\n";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
