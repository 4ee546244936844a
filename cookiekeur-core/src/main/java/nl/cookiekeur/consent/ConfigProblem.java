package nl.cookiekeur.consent;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.cookiekeur.text.Language;

/**
 * What is wrong with a site configuration, as a stable code with its arguments (field names, values, limits),
 * so every edge can say it in its user's language: {@link #text(Language)} gives the sentence from
 * {@code config-problems_nl.properties} or {@code config-problems_en.properties}.
 *
 * @param code the kind of problem
 * @param arguments the values filled into the text, exactly {@link Code#arity()} of them
 */
public record ConfigProblem(Code code, List<String> arguments) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Every kind of configuration problem; {@link #id()} is the stable code clients may rely on. */
    public enum Code {
        /** The site id does not match the pattern: site id. */
        SITE_ID(1),
        /** The configuration is too large: the limit in KB. */
        TOO_LARGE(1),
        /** The text is not JSON: line and column where the parser stopped. */
        NOT_JSON(2),
        /** The JSON has a key twice in one object: key, line and column. */
        DUPLICATE_KEY(3),
        /** The JSON is nested too deep or has a too long string or number (the parser gives no position). */
        JSON_LIMITS(0),
        /** The JSON is not an object. */
        NOT_OBJECT(0),
        /** A top-level field is not known: field. */
        UNKNOWN_FIELD(1),
        /** A list of strings is missing or has the wrong size: field, minimum, maximum. */
        LIST_SIZE(3),
        /** A list of strings holds a value that is not allowed: field, value (as JSON). */
        LIST_VALUE(2),
        /** A required string is missing, empty or too long: field, maximum length. */
        TEXT_FIELD(2),
        /** The default language is not one of the languages: language. */
        DEFAULT_LANGUAGE(1),
        /** {@code texts} is not an object. */
        TEXTS_OBJECT(0),
        /** {@code texts} has no object for a language: language. */
        TEXTS_LANGUAGE(1),
        /** A text of a language is not a string or too long: language, maximum length. */
        TEXTS_VALUE(2),
        /** {@code gpc} is not {@code respect} or {@code ignore}. */
        GPC(0),
        /** {@code consentMaxAgeDays} is not a whole number from 1 to 730. */
        CONSENT_MAX_AGE(0),
        /** {@code httpOnlyCookies} is not an object. */
        HTTP_ONLY_COOKIES_OBJECT(0),
        /** {@code httpOnlyCookies} names a purpose the configuration does not have: purpose id. */
        HTTP_ONLY_COOKIES_PURPOSE(1),
        /** {@code purposes} is not a list of 1 to 20 purposes. */
        PURPOSES_LIST(0),
        /** A purpose is not an object. */
        PURPOSE_OBJECT(0),
        /** A purpose id is malformed or used twice: purpose id. */
        PURPOSE_ID(1),
        /** A purpose lacks a boolean {@code necessary}: purpose id. */
        PURPOSE_NECESSARY_FLAG(1),
        /** The purpose {@code necessary} is not necessary. */
        NECESSARY_PURPOSE(0),
        /** A purpose lacks a per-language text object: purpose id, field. */
        PURPOSE_TEXT(2),
        /** A purpose lacks the text of a language: purpose id, field, language, maximum length. */
        PURPOSE_TEXT_LANGUAGE(4),
        /** {@code vendors} of a purpose is not a list or too long: purpose id, maximum. */
        VENDORS_LIST(2),
        /** A vendor is not an object: purpose id. */
        VENDOR_OBJECT(1),
        /** A vendor lacks a per-language text object: vendor name, purpose id, field. */
        VENDOR_TEXT(3),
        /** A vendor lacks the text of a language: vendor name, purpose id, field, language, maximum length. */
        VENDOR_TEXT_LANGUAGE(5),
        /** A vendor lacks a boolean {@code thirdParty}: vendor name, purpose id. */
        VENDOR_THIRD_PARTY(2),
        /** A vendor's {@code privacyUrl} is not an http(s) URL: vendor name, purpose id. */
        VENDOR_PRIVACY_URL(2),
        /** An origin is not just scheme, host and port: origin. */
        ORIGIN(1),
        /** The site's {@code statementUrl} (its cookie statement, linked from the settings layer) is not an http(s) URL. */
        STATEMENT_URL(0);

        private final int arity;

        Code(int arity) {
            this.arity = arity;
        }

        /** The stable code, such as {@code list-size}: the key of the texts and the API's {@code problemCode}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** How many arguments the texts take ({@code {0}} up to {@code {arity-1}}). */
        public int arity() {
            return arity;
        }
    }

    /** A problem with its arguments; the number of arguments must be the code's arity. */
    public ConfigProblem {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
        if (arguments.size() != code.arity()) {
            throw new IllegalArgumentException(
                    code.id() + " takes " + code.arity() + " arguments, not " + arguments.size());
        }
    }

    /** A problem with arguments turned into text ({@link String#valueOf(Object)}). */
    public static ConfigProblem of(Code code, Object... arguments) {
        return new ConfigProblem(
                code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The problem as one sentence in a language, without a prefix (lower case first letter). */
    public String text(Language language) {
        return ConfigProblemTexts.shipped().format(language, this);
    }
}
