package nl.cookiekeur.law;

import nl.cookiekeur.CookiekeurException;

/** Thrown when the beslisboom's data resources are incomplete or inconsistent; names resource and key. */
public final class InvalidLegalDataException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String key;

    public InvalidLegalDataException(String resource, String key, String problem) {
        super(resource + ", key '" + key + "': " + problem);
        this.resource = resource;
        this.key = key;
    }

    /** The resource that holds the faulty data, such as {@code beslisboom.properties}. */
    public String resource() {
        return resource;
    }

    /** The key at fault. */
    public String key() {
        return key;
    }
}
