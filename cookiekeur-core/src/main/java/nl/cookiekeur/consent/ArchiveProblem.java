package nl.cookiekeur.consent;

/**
 * One archived site configuration that no longer proves what visitors were shown.
 *
 * @param version the configuration version ({@code sha256-<hex>}) the archive or a record names
 * @param kind what is wrong with it
 */
public record ArchiveProblem(String version, ArchiveProblemKind kind) {}
