package nl.cookiekeur.ledger;

/** The writer is full or closing; the server answers 503 so the banner retries later. */
final class WriterBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriterBusyException() {
        super("the ledger writer is busy or closing", null, false, false);
    }
}
