package nl.cookiekeur.app;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value made on first use and kept, safe to share between threads; commands that never need it never pay. */
final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile @Nullable T value;

    OnFirstUse(Supplier<T> maker) {
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(maker.get(), "made value");
                    value = current;
                }
            }
        }
        return current;
    }
}
