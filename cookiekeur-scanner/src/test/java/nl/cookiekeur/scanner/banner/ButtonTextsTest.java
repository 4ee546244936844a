package nl.cookiekeur.scanner.banner;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cookiekeur.evidence.ControlRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ButtonTextsTest {

    private static final ButtonTexts TEXTS = ButtonTexts.shipped();

    @ParameterizedTest
    @CsvSource({
        "Alles accepteren, ACCEPT",
        "Akkoord, ACCEPT",
        "Accept all, ACCEPT",
        "OK, ACCEPT",
        "Weigeren, REJECT",
        "Alleen noodzakelijke, REJECT",
        "Alleen noodzakelijke cookies accepteren, REJECT",
        "Niet akkoord, REJECT",
        "Reject all, REJECT",
        "Doorgaan zonder te accepteren, REJECT",
        "Continue without accepting, REJECT",
        "Instellingen, SETTINGS",
        "Voorkeuren, SETTINGS",
        "Manage, SETTINGS",
        "Cookie-instellingen, SETTINGS",
        "Opslaan, SAVE",
        "Keuze opslaan, SAVE",
        "Selectie toestaan, SAVE",
        "Allow selection, SAVE",
        "×, CLOSE",
        "Sluiten, CLOSE",
        "Cookieverklaring, MORE_INFO",
        "Privacy policy, MORE_INFO",
        "Winkelwagen, OTHER",
        "'', OTHER"
    })
    void classifiesDutchAndEnglishButtonTexts(String text, ControlRole role) {
        assertThat(TEXTS.classify(text)).isEqualTo(role);
    }

    @ParameterizedTest
    @CsvSource({"ALLES ACCEPTEREN, ACCEPT", "'  weigeren! ', REJECT", "INSTELLINGEN, SETTINGS"})
    void ignoresCaseSpaceAndPunctuationWithoutTheDefaultLocale(String text, ControlRole role) {
        assertThat(TEXTS.classify(text)).isEqualTo(role);
    }

    @org.junit.jupiter.api.Test
    void loadsThousandsOfLabelledTexts() {
        assertThat(TEXTS.size()).isGreaterThan(2000);
    }
}
