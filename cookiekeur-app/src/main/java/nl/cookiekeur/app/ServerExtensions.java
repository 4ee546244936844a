package nl.cookiekeur.app;

import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.ledger.RouteExtension;

/** Several route extensions on the ledger's server (the web app, the living statements), registered in order. */
final class ServerExtensions implements RouteExtension {
    private final List<RouteExtension> extensions;

    ServerExtensions(RouteExtension... extensions) {
        this.extensions = List.of(extensions);
    }

    @Override
    public AutoCloseable register(JavalinConfig config, ServerSettings settings, ConsentLedger ledger) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            for (RouteExtension extension : extensions) {
                opened.add(extension.register(config, settings, ledger));
            }
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
        return () -> closeAll(opened);
    }

    @Override
    public boolean acceptsAdminToken(String token, String siteId) {
        return extensions.stream().anyMatch(extension -> extension.acceptsAdminToken(token, siteId));
    }

    private static void closeAll(List<AutoCloseable> opened) {
        for (AutoCloseable closeable : opened.reversed()) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing one must not keep the others open
            }
        }
    }
}
