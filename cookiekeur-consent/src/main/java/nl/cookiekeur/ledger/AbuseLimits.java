package nl.cookiekeur.ledger;

import io.javalin.config.JavalinConfig;
import nl.cookiekeur.consent.ServerLimits;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;

/**
 * The Jetty settings that keep the ledger answering under abuse (docs/security.md): an idle timeout that closes
 * connections stalled in their headers or body, bounded header and body sizes, a bound on connections and on
 * concurrent requests per client, and the ledger's own problem documents for everything Jetty refuses.
 */
final class AbuseLimits {
    /** Request line plus headers; larger requests get 431. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private static final int ACCEPT_QUEUE = 1_024;
    private static final long STOP_TIMEOUT_MILLIS = 2_000;

    private AbuseLimits() {}

    /** Listens on {@code host:port} with {@code limits}. */
    static void apply(JavalinConfig config, String host, int port, ServerLimits limits) {
        ClientConnectionLimit connections = new ClientConnectionLimit(limits.connectionsPerClient());
        config.http.maxRequestSize = SiteConfig.MAX_BYTES;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setSendServerVersion(false);
            http.setSendDateHeader(true);
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(limits.idleTimeout().toMillis());
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            connector.addEventListener(connections);
            return connector;
        });
        config.jetty.modifyServer(server -> {
            ThreadLimitHandler perClient = new ThreadLimitHandler();
            perClient.setThreadLimit(limits.requestsPerClient());
            server.insertHandler(perClient);
            server.setErrorHandler(new JettyProblems());
            server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyProblems()));
    }
}
