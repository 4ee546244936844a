package nl.cookiekeur.app;

import java.util.function.Supplier;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.cookie.Cookie;

/** A cookie classifier loaded on first use (its pre-trained model file), so other commands start without it. */
final class LazyCookieClassifier implements CookieClassifier {
    private final OnFirstUse<CookieClassifier> delegate;

    LazyCookieClassifier(Supplier<CookieClassifier> loader) {
        this.delegate = new OnFirstUse<>(loader);
    }

    @Override
    public Classification classify(Cookie cookie) {
        return delegate.get().classify(cookie);
    }
}
