package nl.cookiekeur.scanner;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanRequest;

/**
 * Looks the start host up before a browser starts, so a name that does not exist ends the scan in well under a
 * second instead of after Chromium's start and its own retries. The host-resolver rules of the request are
 * honoured as Chromium would; a lookup that does not answer within {@link #WAIT} leaves the decision to the
 * browser, so a slow resolver never makes a reachable site fail.
 */
final class StartHost {
    static final Duration WAIT = Duration.ofSeconds(2);

    private StartHost() {}

    /** Throws when the start host's name is known not to resolve. */
    static void check(ScanRequest request) throws ScanFailedException {
        URI uri = request.url().uri();
        String host = request.url().host();
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        switch (HostRules.parse(request.hostRules()).decide(host, port)) {
            case MAPPED -> {}
            case NOT_FOUND -> throw notFound(request);
            case DNS -> lookUp(request, host);
        }
    }

    private static void lookUp(ScanRequest request, String host) throws ScanFailedException {
        CompletableFuture<InetAddress[]> lookup = new CompletableFuture<>();
        Thread.ofVirtual().name("cookiekeur-dns").start(() -> {
            try {
                lookup.complete(InetAddress.getAllByName(host));
            } catch (UnknownHostException | RuntimeException e) {
                lookup.completeExceptionally(e);
            }
        });
        try {
            lookup.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException) {
                throw notFound(request);
            }
        } catch (TimeoutException e) {
            // the resolver is slow: the browser decides
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ScanFailedException notFound(ScanRequest request) {
        return new ScanFailedException(
                ScanNote.of("unreachable.dns", Texts.cut(request.url().toString(), 300)));
    }
}
