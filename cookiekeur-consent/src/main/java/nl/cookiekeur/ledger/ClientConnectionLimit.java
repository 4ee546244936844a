package nl.cookiekeur.ledger;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.jspecify.annotations.Nullable;

/**
 * Closes a new connection at once when its remote address already holds {@code limit} open connections, so one
 * client cannot use up the server's connections (Jetty's own limits count all clients together).
 */
final class ClientConnectionLimit implements Connection.Listener {
    private final int limit;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /**
     * The client of each open connection, kept from its opening: a closed endpoint no longer knows its remote
     * address, and a count that is never given back would lock the client out for good.
     */
    private final Map<Connection, InetAddress> clients = new ConcurrentHashMap<>();

    ClientConnectionLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection);
        if (client == null) {
            return;
        }
        clients.put(connection, client);
        int count = open.merge(client, 1, Integer::sum);
        if (count > limit) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = clients.remove(connection);
        if (client != null) {
            open.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
        }
    }

    /** Open connections of {@code client} (for tests). */
    int open(InetAddress client) {
        return open.getOrDefault(client, 0);
    }

    private static @Nullable InetAddress client(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress socket ? socket.getAddress() : null;
    }
}
