package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.consent.ConfigProblem;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.store.Database;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the server answers. */
class OpenApiTest {
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|options|head|patch):\\s*$");

    @Test
    void everyRouteIsDescribedAndEveryDescribedRouteExists() throws Exception {
        Set<String> documented = new HashSet<>();
        String path = null;
        boolean inPaths = false;
        for (String line : Files.readAllLines(Path.of("..", "docs", "openapi.yaml"))) {
            if (line.equals("paths:")) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isEmpty() && !line.startsWith(" ")) {
                break;
            }
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (inPaths && p.matches()) {
                path = p.group(1);
            } else if (inPaths && m.matches() && path != null) {
                documented.add(m.group(1).toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(LedgerServer.ROUTES);
    }

    @Test
    void theProblemCodesAreExactlyTheConfigurationProblems() throws Exception {
        String yaml = Files.readString(Path.of("..", "docs", "openapi.yaml"));
        Matcher codes = Pattern.compile("problemCode:\\n(?:.*\\n)*?\\s+enum: \\[([^\\]]*)]")
                .matcher(yaml);
        assertThat(codes.find()).as("problemCode enum in openapi.yaml").isTrue();
        List<String> documented = List.of(codes.group(1).split(",\\s*"));
        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ConfigProblem.Code.values())
                        .map(ConfigProblem.Code::id)
                        .toList());
        for (String code : documented) {
            assertThat(yaml).as(code + " is explained").contains("`" + code + "`");
        }
    }

    @Test
    void everyListedRouteIsAnsweredByTheServer() throws Exception {
        try (Backend.Fresh db = Backend.H2.fresh();
                LedgerServer server = LedgerServer.start(
                        Ledger.open(Database::open, db.url(), Clock.systemUTC()),
                        true,
                        new ServerSettings("127.0.0.1", 0, db.url(), "token"))) {
            HttpClient client = HttpClient.newHttpClient();
            for (String route : LedgerServer.ROUTES) {
                String[] parts = route.split(" ");
                HttpRequest request = HttpRequest.newBuilder(
                                server.address().resolve(parts[1].substring(1).replace("{siteId}", "demo")))
                        .method(parts[0], HttpRequest.BodyPublishers.noBody())
                        .build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(route).isNotEqualTo(405).isLessThan(500);
                assertThat(response.body()).as(route).doesNotContain("No such resource");
            }
        }
    }
}
