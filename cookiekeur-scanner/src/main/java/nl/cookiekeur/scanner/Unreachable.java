package nl.cookiekeur.scanner;

import java.util.Locale;

/** The Dutch sentence for a start page that could not be loaded at all. */
final class Unreachable {
    private Unreachable() {}

    static String message(String url, String error) {
        String code = error.toUpperCase(Locale.ROOT);
        String why;
        if (code.contains("ERR_NAME_NOT_RESOLVED") || code.contains("ERR_NAME_RESOLUTION_FAILED")) {
            why = "de naam van de site is niet te vinden (DNS)";
        } else if (code.contains("ERR_CONNECTION_REFUSED")) {
            why = "de server weigert de verbinding";
        } else if (code.contains("ERR_CERT") || code.contains("ERR_SSL")) {
            why = "het certificaat van de site is niet geldig (gebruik --ignore-https-errors voor een testomgeving)";
        } else if (code.contains("TIMEOUT") || code.contains("TIMED_OUT")) {
            why = "de server antwoordt niet op tijd";
        } else if (code.contains("ERR_ADDRESS_UNREACHABLE") || code.contains("ERR_INTERNET_DISCONNECTED")) {
            why = "de server is niet bereikbaar";
        } else {
            why = "de pagina laadt niet (" + PhaseRunner.cut(error, 120) + ")";
        }
        return "De site " + PhaseRunner.cut(url, 300) + " is niet te scannen: " + why + ".";
    }
}
