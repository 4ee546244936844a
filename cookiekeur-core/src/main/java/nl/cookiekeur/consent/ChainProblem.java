package nl.cookiekeur.consent;

/**
 * One record that breaks the chain.
 *
 * @param sequence the record's sequence number within its site
 * @param kind what happened to it
 * @param recordId the record's id, or empty when the record is gone
 */
public record ChainProblem(long sequence, ChainProblemKind kind, String recordId) {}
