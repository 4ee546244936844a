package nl.cookiekeur.ledger.banner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssMinifierTest {
    @Test
    void dropsCommentsAndInsignificantWhitespaceOnly() {
        String css =
                "/* note */\n.a :focus, .b > .c {\n  color: #fff;\n  font: 16px/1.5 \"Segoe UI\", sans-serif;\n}\n";

        assertThat(CssMinifier.minify(css))
                .isEqualTo(".a :focus,.b>.c{color:#fff;font:16px/1.5 \"Segoe UI\",sans-serif}\n");
    }
}
