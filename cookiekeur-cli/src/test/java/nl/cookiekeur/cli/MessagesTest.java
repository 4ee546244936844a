package nl.cookiekeur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The command line's texts are {@link java.text.MessageFormat} patterns: a single apostrophe starts a quoted
 * stretch, so "the cookie's domain" would print without it and swallow every placeholder after it. Option
 * descriptions are shown by picocli as written, so there a typographic apostrophe (’) is the one to use.
 */
class MessagesTest {

    @Test
    void everyApostropheIsWrittenTwiceUnlessItQuotesABrace() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties texts = texts(language);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                String rest = pattern.replace("''", "").replaceAll("'[{}]+'", "");
                if (rest.contains("'")) {
                    wrong.add(language.code() + ": " + key);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anApostropheSurvivesFormatting() {
        assertThat(Messages.of(Language.ENGLISH).get("knowledge.evidence.cookie-domain"))
                .isEqualTo("the cookie's domain");
        assertThat(Messages.of(Language.ENGLISH).get("classify.summary.bestGuess", 1, 2, "50%", 3, 4, 5, 6))
                .endsWith("by other sites' declarations: 5 of 6 right");
    }

    private static Properties texts(Language language) throws IOException {
        Properties texts = new Properties();
        String path = "/nl/cookiekeur/cli/messages_" + language.code() + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
