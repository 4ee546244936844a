package nl.cookiekeur.scanner;

import java.util.Locale;
import nl.cookiekeur.evidence.ScanNote;

/** Why a start page could not be loaded at all, as a note ({@code unreachable.*}) from Chromium's error code. */
final class Unreachable {
    private Unreachable() {}

    static ScanNote note(String url, String error) {
        String code = error.toUpperCase(Locale.ROOT);
        String site = Texts.cut(url, 300);
        if (code.contains("ERR_NAME_NOT_RESOLVED") || code.contains("ERR_NAME_RESOLUTION_FAILED")) {
            return ScanNote.of("unreachable.dns", site);
        } else if (code.contains("ERR_CONNECTION_REFUSED")) {
            return ScanNote.of("unreachable.refused", site);
        } else if (code.contains("ERR_CERT") || code.contains("ERR_SSL")) {
            return ScanNote.of("unreachable.certificate", site);
        } else if (code.contains("TIMEOUT") || code.contains("TIMED_OUT")) {
            return ScanNote.of("unreachable.timeout", site);
        } else if (code.contains("ERR_ADDRESS_UNREACHABLE") || code.contains("ERR_INTERNET_DISCONNECTED")) {
            return ScanNote.of("unreachable.address", site);
        }
        return ScanNote.of("unreachable.other", site, Texts.cut(error, 120));
    }
}
