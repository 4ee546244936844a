package nl.cookiekeur.app;

import java.util.function.Supplier;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.cookie.Cookie;
import org.jspecify.annotations.Nullable;

/** A cookie classifier loaded on first use (its pre-trained model file), so other commands start without it. */
final class LazyCookieClassifier implements CookieClassifier {
    private final Supplier<CookieClassifier> loader;
    private volatile @Nullable CookieClassifier loaded;

    LazyCookieClassifier(Supplier<CookieClassifier> loader) {
        this.loader = loader;
    }

    @Override
    public Classification classify(Cookie cookie) {
        CookieClassifier current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = loader.get();
                    loaded = current;
                }
            }
        }
        return current.classify(cookie);
    }
}
