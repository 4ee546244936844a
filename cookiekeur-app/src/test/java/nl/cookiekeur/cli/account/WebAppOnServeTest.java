package nl.cookiekeur.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code user add} creates the first account, and the server {@code serve} starts carries the web app under
 * {@code /app} beside the ledger, whose routes answer as before; the new account signs in over real HTTP.
 */
class WebAppOnServeTest {
    private static final String PASSWORD = "een heel lang wachtwoord";

    @TempDir
    Path home;

    private final CliServices services = TestApplication.services();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void userAddRefusesBadInputWithClearMessages() {
        String db = "jdbc:h2:file:" + home.resolve("accounts");
        CliRun added =
                CliRun.of(services, PASSWORD + "\n", "user", "add", "Eigenaar@Shop.nl", "--role", "admin", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Account Eigenaar@Shop.nl aangemaakt met rol admin.");
        assertThat(added.out() + added.err()).doesNotContain(PASSWORD);

        CliRun again = CliRun.of(services, PASSWORD + "\n", "user", "add", "eigenaar@shop.nl", "--db", db);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("er is al een account voor eigenaar@shop.nl");

        CliRun shortPassword = CliRun.of(services, "kort\n", "user", "add", "ander@shop.nl", "--db", db);
        assertThat(shortPassword.exitCode()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("minstens 12 tekens");

        CliRun badRole =
                CliRun.of(services, PASSWORD + "\n", "user", "add", "ander@shop.nl", "--role", "baas", "--db", db);
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("onbekende rol baas");

        CliRun badAddress =
                CliRun.of(services, PASSWORD + "\n", "user", "add", "geen-adres", "--lang", "en", "--db", db);
        assertThat(badAddress.exitCode()).isEqualTo(2);
        assertThat(badAddress.err()).contains("geen-adres is not a valid e-mail address");

        CliRun noPassword = CliRun.of(services, "", "user", "add", "ander@shop.nl", "--db", db);
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("geen wachtwoord gegeven");
    }

    @Test
    void userGrantGivesARoleOnOneSiteAndRefusesUnknownAccountsAndSites() throws Exception {
        String db = "jdbc:h2:file:" + home.resolve("grant");
        assertThat(CliRun.of(services, PASSWORD + "\n", "user", "add", "klant@shop.nl", "--db", db)
                        .exitCode())
                .isZero();
        long site;
        try (nl.cookiekeur.store.Database database = nl.cookiekeur.store.Database.open(db);
                java.sql.Connection connection = database.connection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO web_site (address, added_by, added_at)"
                    + " SELECT 'https://www.shop.nl/', user_id, 0 FROM web_user");
            try (java.sql.ResultSet row = statement.executeQuery("SELECT site_id FROM web_site")) {
                assertThat(row.next()).isTrue();
                site = row.getLong(1);
            }
        }

        CliRun granted = CliRun.of(
                services,
                "",
                "user",
                "grant",
                "Klant@Shop.nl",
                "--site",
                String.valueOf(site),
                "--role",
                "editor",
                "--db",
                db);
        assertThat(granted.exitCode()).as(granted.err()).isZero();
        assertThat(granted.out()).contains("Account Klant@Shop.nl heeft nu de rol editor voor site " + site + ".");
        try (nl.cookiekeur.store.Database database = nl.cookiekeur.store.Database.open(db);
                java.sql.Connection connection = database.connection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("SELECT role FROM web_site_member")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("editor");
        }

        CliRun noSite = CliRun.of(
                services, "", "user", "grant", "klant@shop.nl", "--site", "999", "--role", "viewer", "--db", db);
        assertThat(noSite.exitCode()).isEqualTo(2);
        assertThat(noSite.err()).contains("er is geen site met nummer 999 in de web-app");
        CliRun noUser = CliRun.of(
                services,
                "",
                "user",
                "grant",
                "niemand@shop.nl",
                "--site",
                String.valueOf(site),
                "--role",
                "viewer",
                "--lang",
                "en",
                "--db",
                db);
        assertThat(noUser.exitCode()).isEqualTo(2);
        assertThat(noUser.err()).contains("there is no account for niemand@shop.nl");
        CliRun badRole = CliRun.of(
                services,
                "",
                "user",
                "grant",
                "klant@shop.nl",
                "--site",
                String.valueOf(site),
                "--role",
                "baas",
                "--db",
                db);
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("onbekende rol baas");
    }

    @Test
    void serveCarriesTheWebAppBesideTheLedgerAndTheNewUserSignsIn() throws Exception {
        String db = "jdbc:h2:file:" + home.resolve("serve");
        assertThat(CliRun.of(services, PASSWORD + "\n", "user", "add", "editor@shop.nl", "--role", "editor", "--db", db)
                        .exitCode())
                .isZero();
        try (RunningServer server = services.consentPlatform().serve(new ServerSettings("127.0.0.1", 0, db, null))) {
            URI base = server.address();

            HttpResponse<String> wizard = get(base.resolve("/app/advies"), "");
            assertThat(wizard.statusCode()).isEqualTo(200);
            assertThat(wizard.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(wizard.headers().firstValue("content-security-policy")).isPresent();
            assertThat(wizard.body()).contains("<html lang=\"nl\">").contains("name=\"V1\"");

            assertThat(get(base.resolve("/v1/banner.js"), "").statusCode()).isEqualTo(200);
            assertThat(get(base.resolve("/"), "").body()).contains("banner.js");
            HttpResponse<String> unknown = get(base.resolve("/v1/onbekend"), "");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

            String origin = base.toString().replaceAll("/$", "");
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(base.resolve("/app/inloggen"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", origin)
                            .POST(HttpRequest.BodyPublishers.ofString("email=editor%40shop.nl&password="
                                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(303);
            String cookie = login.headers().firstValue("set-cookie").orElseThrow();
            assertThat(cookie)
                    .startsWith("cookiekeur_sessie=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax");

            HttpResponse<String> sites = get(base.resolve("/app/sites"), cookie.substring(0, cookie.indexOf(';')));
            assertThat(sites.statusCode()).isEqualTo(200);
            assertThat(sites.body()).contains("editor@shop.nl").contains("name=\"csrf\"");

            // An API token made in the app is accepted by the ledger's admin API until it is revoked.
            String session = cookie.substring(0, cookie.indexOf(';'));
            String csrf = between(sites.body(), "name=\"csrf\" value=\"", "\"");
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(base.resolve("/app/tokens"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", origin)
                            .header("Cookie", session)
                            .POST(HttpRequest.BodyPublishers.ofString("name=ci&csrf=" + csrf))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String token = between(created.body(), "<code id=\"new-token\">", "<");
            assertThat(admin(base, "Bearer " + token).statusCode()).isEqualTo(200);
            assertThat(admin(base, "Bearer ck_niet-geldig").statusCode()).isEqualTo(403);
            String revoke = between(created.body(), "action=\"/app/tokens/", "/intrekken");
            HttpResponse<String> revoked = http.send(
                    HttpRequest.newBuilder(base.resolve("/app/tokens/" + revoke + "/intrekken"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", origin)
                            .header("Cookie", session)
                            .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(revoked.statusCode()).isEqualTo(303);
            assertThat(admin(base, "Bearer " + token).statusCode())
                    .as("no COOKIEKEUR_ADMIN_TOKEN: the admin API is off again")
                    .isEqualTo(403);
        }
    }

    /** The ledger's admin export of the demo site with this Authorization header. */
    private HttpResponse<String> admin(URI base, String authorization) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve("/v1/sites/demo/consents"))
                        .header("Authorization", authorization)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as("%s in the page", before).isNotNegative();
        int from = start + before.length();
        return text.substring(from, text.indexOf(after, from));
    }

    private HttpResponse<String> get(URI uri, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
