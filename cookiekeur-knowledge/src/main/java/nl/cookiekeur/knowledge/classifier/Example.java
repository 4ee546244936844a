package nl.cookiekeur.knowledge.classifier;

import java.util.Objects;
import nl.cookiekeur.classification.Category;

/**
 * A labelled training or test example: a cookie in context, its true category and its vendor group.
 *
 * @param context the cookie and what is known around it
 * @param label the true category, never {@link Category#UNKNOWN}
 * @param group the platform or vendor, so that splits keep a vendor on one side
 */
record Example(CookieContext context, Category label, String group) {
    Example {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(group, "group");
        if (label == Category.UNKNOWN) {
            throw new IllegalArgumentException("an example needs a known label");
        }
    }
}
