package nl.cookiekeur.knowledge.data;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.text.Language;

/** A shipped or supplied data file has a malformed row; names the file and line so it can be fixed. */
public final class DataFileException extends CookiekeurException {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "nl.cookiekeur.knowledge.data.problems";

    private final String file;
    private final long line;
    private final String problemKey;
    private final Object[] arguments;

    DataFileException(String file, long line, String problemKey, Object... arguments) {
        super(format(Language.DUTCH, file, line, problemKey, arguments));
        this.file = file;
        this.line = line;
        this.problemKey = problemKey;
        this.arguments = arguments.clone();
    }

    /** A problem with a whole file (line 0), such as a generated resource that is missing or damaged. */
    public static DataFileException ofFile(String file, String problemKey, Object... arguments) {
        return new DataFileException(file, 0, problemKey, arguments);
    }

    /** The file name as given to the loader. */
    public String file() {
        return file;
    }

    /** The 1-based line where the bad row starts; 0 when the problem is not tied to a line. */
    public long line() {
        return line;
    }

    /** The stable key of the problem, such as {@code unknown-category}. */
    public String problemKey() {
        return problemKey;
    }

    /** The one-line message in the given language, as {@code file:line: problem}. */
    public String message(Language language) {
        return format(language, file, line, problemKey, arguments);
    }

    private static String format(Language language, String file, long line, String key, Object[] arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), noFallback());
        String problem = new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
        return file + ":" + line + ": " + problem;
    }

    private static ResourceBundle.Control noFallback() {
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
