package nl.cookiekeur.law;

/** Whether a question belongs to the main decision path or adds obligations alongside it. */
public enum QuestionKind {
    /** A question of the main tree (V1–V9) that leads to exactly one advice. */
    MAIN,
    /** A cross-cutting question (K1–K3) that adds obligations without changing the advice number. */
    CROSS_CUTTING
}
