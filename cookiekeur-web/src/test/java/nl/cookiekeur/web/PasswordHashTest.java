package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import nl.cookiekeur.web.account.PasswordHash;
import org.junit.jupiter.api.Test;

/** Argon2id hashes: PHC format with fresh salts, only the right password matches, malformed hashes never do. */
class PasswordHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void onlyTheRightPasswordMatchesAndEachHashHasItsOwnSalt() {
        String first = PasswordHash.hash("een lang wachtwoord".toCharArray(), random);
        String second = PasswordHash.hash("een lang wachtwoord".toCharArray(), random);

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(PasswordHash.matches("een lang wachtwoord".toCharArray(), first))
                .isTrue();
        assertThat(PasswordHash.matches("een lang wachtwoorD".toCharArray(), first))
                .isFalse();
        assertThat(PasswordHash.matches("".toCharArray(), first)).isFalse();
    }

    @Test
    void aKnownArgon2idVectorFromAnotherImplementationMatches() {
        // RFC 9106-style PHC string produced by the reference argon2 CLI: echo -n password | argon2 somesalt -id
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(PasswordHash.matches("password".toCharArray(), reference)).isTrue();
        assertThat(PasswordHash.matches("Password".toCharArray(), reference)).isFalse();
    }

    @Test
    void malformedOrUnreasonableHashesNeverMatch() {
        assertThat(PasswordHash.matches("x".toCharArray(), "")).isFalse();
        assertThat(PasswordHash.matches("x".toCharArray(), "$2a$10$bcryptisnotaccepted"))
                .isFalse();
        assertThat(PasswordHash.matches("x".toCharArray(), "$argon2id$v=19$m=9999999,t=2,p=1$c2FsdA$aGFzaA"))
                .isFalse();
    }
}
