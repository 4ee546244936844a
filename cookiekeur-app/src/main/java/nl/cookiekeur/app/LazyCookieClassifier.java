package nl.cookiekeur.app;

import java.util.function.Supplier;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.cookie.Cookie;
import org.jspecify.annotations.Nullable;

/** A cookie classifier trained on first use, so commands that do not classify start without training. */
final class LazyCookieClassifier implements CookieClassifier {
    private final Supplier<CookieClassifier> trainer;
    private volatile @Nullable CookieClassifier trained;

    LazyCookieClassifier(Supplier<CookieClassifier> trainer) {
        this.trainer = trainer;
    }

    @Override
    public Classification classify(Cookie cookie) {
        CookieClassifier current = trained;
        if (current == null) {
            synchronized (this) {
                current = trained;
                if (current == null) {
                    current = trainer.get();
                    trained = current;
                }
            }
        }
        return current.classify(cookie);
    }
}
