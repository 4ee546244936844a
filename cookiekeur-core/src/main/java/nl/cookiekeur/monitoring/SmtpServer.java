package nl.cookiekeur.monitoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mail server alerts are sent through.
 *
 * @param host its host name
 * @param port its port (25, 465, 587 …)
 * @param security how the connection is protected
 * @param user the login, or {@code null} for none
 * @param password the password (from a file or the environment, never the command line), or {@code null}
 * @param from the sender address
 */
public record SmtpServer(
        String host,
        int port,
        Security security,
        @Nullable String user,
        @Nullable String password,
        String from) {

    /** How the connection to the mail server is protected. */
    public enum Security {
        /** Plain SMTP (a relay on the same machine or network). */
        NONE,
        /** Upgraded with STARTTLS, required. */
        STARTTLS,
        /** TLS from the start (SMTPS, usually port 465). */
        TLS
    }

    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(from, "from");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
        if (!AlertTargets.isEmail(from)) {
            throw new IllegalArgumentException("from is not an e-mail address");
        }
    }

    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + ", " + security + ", user=" + user + ", from=" + from + "]";
    }
}
