package nl.cookiekeur.cookie;

/** Where in the browser a key was stored, other than cookies. */
public enum StorageKind {
    LOCAL_STORAGE,
    SESSION_STORAGE,
    INDEXED_DB
}
