package nl.cookiekeur.app;

import nl.cookiekeur.cli.CliServices;

/** The application's own wiring, built once for all end-to-end tests. */
public final class TestApplication {

    private static final CliServices SERVICES = Main.services();

    private TestApplication() {}

    public static CliServices services() {
        return SERVICES;
    }
}
