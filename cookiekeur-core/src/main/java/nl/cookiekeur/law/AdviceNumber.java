package nl.cookiekeur.law;

import java.util.Optional;

/** The number (1–10) of one of the ten advices (adviezen) at the leaves of the beslisboom. */
public enum AdviceNumber {
    ADVICE_1(1),
    ADVICE_2(2),
    ADVICE_3(3),
    ADVICE_4(4),
    ADVICE_5(5),
    ADVICE_6(6),
    ADVICE_7(7),
    ADVICE_8(8),
    ADVICE_9(9),
    ADVICE_10(10);

    private final int number;

    AdviceNumber(int number) {
        this.number = number;
    }

    /** The advice number as shown to users ("Advies 7"). */
    public int number() {
        return number;
    }

    /** The advice with this number, or empty when the number is outside 1–10. */
    public static Optional<AdviceNumber> of(int number) {
        if (number < 1 || number > values().length) {
            return Optional.empty();
        }
        return Optional.of(values()[number - 1]);
    }
}
