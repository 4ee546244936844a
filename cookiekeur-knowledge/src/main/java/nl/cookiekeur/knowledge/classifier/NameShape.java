package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Character patterns of a cookie name that hint at how it was made: instance suffixes, prefixes, case. */
final class NameShape {
    private static final Pattern UUID_PART =
            Pattern.compile("(?i).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*");
    private static final Pattern HEX_SUFFIX = Pattern.compile("(?i).*[_.\\-]?[0-9a-f]{6,}$");
    private static final Pattern DIGIT_SUFFIX = Pattern.compile(".*[0-9]{3,}$");
    private static final Pattern MEASUREMENT_ID = Pattern.compile("(?i).*_(g|gtm|ua|aw|dc)-[a-z0-9-]{4,}$");

    private NameShape() {}

    /** The shape features of the name, each a short stable string. */
    static List<String> of(String name) {
        List<String> shapes = new ArrayList<>();
        if (UUID_PART.matcher(name).matches()) {
            shapes.add("uuid-in-name");
        } else if (HEX_SUFFIX.matcher(name).matches() && name.chars().anyMatch(Character::isDigit)) {
            shapes.add("hex-suffix");
        } else if (DIGIT_SUFFIX.matcher(name).matches()) {
            shapes.add("digit-suffix");
        }
        if (MEASUREMENT_ID.matcher(name).matches()) {
            shapes.add("measurement-id-suffix");
        }
        if (name.startsWith("__")) {
            shapes.add("double-underscore");
        } else if (name.startsWith("_")) {
            shapes.add("underscore");
        }
        if (name.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
            shapes.add("upper-case");
        }
        shapes.add("length-" + lengthBucket(name.length()));
        return shapes;
    }

    private static String lengthBucket(int length) {
        if (length <= 3) {
            return "short";
        }
        if (length <= 8) {
            return "medium";
        }
        return length <= 20 ? "long" : "very-long";
    }
}
