package nl.cookiekeur.ledger;

import java.util.Locale;
import java.util.Optional;

/** What the visitor did in the banner. */
enum ConsentAction {
    ACCEPT_ALL("accept-all"),
    REJECT_ALL("reject-all"),
    CUSTOM("custom"),
    WITHDRAW("withdraw");

    private final String wire;

    ConsentAction(String wire) {
        this.wire = wire;
    }

    /** The name in the API and the ledger. */
    String wire() {
        return wire;
    }

    static Optional<ConsentAction> fromWire(String value) {
        for (ConsentAction action : values()) {
            if (action.wire.equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
