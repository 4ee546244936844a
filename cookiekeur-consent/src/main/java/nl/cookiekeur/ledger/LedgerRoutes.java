package nl.cookiekeur.ledger;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.consent.ConfigProblem;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.text.Language;

/**
 * The ledger's routes on Javalin (docs/openapi.yaml) and how every failure becomes a problem document: each
 * resource answers its methods and 405 with {@code Allow} for every other; unknown paths, framework errors and
 * unexpected exceptions get problem+json too, never a framework page or a stack trace.
 */
final class LedgerRoutes {
    /** What a route does with one exchange. */
    @FunctionalInterface
    interface Action {
        void handle(Exchange exchange) throws IOException;
    }

    private final Map<String, Map<String, Action>> resources = new LinkedHashMap<>();

    LedgerRoutes(SiteEndpoints sites, ChoiceEndpoint choices, BannerFiles banner, DemoSite demo) {
        resource("/", Map.of("GET", demo::page));
        resource("/demo/embed", Map.of("GET", demo::embed));
        resource("/demo/page.css", Map.of("GET", demo::css));
        resource("/v1/banner.js", Map.of("GET", banner::script));
        resource("/v1/banner.css", Map.of("GET", banner::style));
        Map<String, Action> config = new LinkedHashMap<>();
        config.put("GET", sites::getConfig);
        config.put("HEAD", sites::getConfig);
        config.put("PUT", sites::putConfig);
        config.put("OPTIONS", sites::configPreflight);
        resources.put("/v1/sites/{siteId}/config", config);
        Map<String, Action> consents = new LinkedHashMap<>();
        consents.put("GET", sites::export);
        consents.put("POST", choices::post);
        consents.put("OPTIONS", sites::choicePreflight);
        resources.put("/v1/sites/{siteId}/consents", consents);
        resources.put("/v1/sites/{siteId}/verify", Map.of("GET", sites::verify));
    }

    /** A resource read with GET and HEAD only. */
    private void resource(String path, Map<String, Action> get) {
        Map<String, Action> methods = new LinkedHashMap<>(get);
        methods.put("HEAD", get.get("GET"));
        resources.put(path, methods);
    }

    /** Every route as "METHOD path" with OpenAPI path templates; HEAD goes with GET and is not listed. */
    List<String> routes() {
        List<String> routes = new ArrayList<>();
        resources.forEach((path, methods) -> methods.keySet().stream()
                .filter(method -> !method.equals("HEAD"))
                .forEach(method -> routes.add(method + " " + path)));
        return routes;
    }

    void register(JavalinConfig config) {
        resources.forEach((path, methods) -> {
            String allow = String.join(", ", methods.keySet());
            for (HandlerType type : HandlerType.commonHttp()) {
                Action action = methods.get(type.name());
                if (action != null) {
                    config.routes.addHttpHandler(type, path, ctx -> action.handle(new Exchange(ctx)));
                } else {
                    config.routes.addHttpHandler(type, path, ctx -> {
                        ctx.header("Allow", allow);
                        throw new ProblemException(new Problem(
                                405,
                                "method-not-allowed",
                                "Method not allowed",
                                "Use " + allow + " on this resource."));
                    });
                }
            }
        });
        config.routes.exception(ProblemException.class, (e, ctx) -> respond(ctx, e.problem()));
        config.routes.exception(ConsentException.class, (e, ctx) -> respond(ctx, consentProblem(e, ctx)));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, JettyProblems.of(e.getStatus())));
        config.routes.exception(Exception.class, (e, ctx) -> respond(ctx, JettyProblems.of(500)));
    }

    private static void respond(Context ctx, Problem problem) {
        new Exchange(ctx).problem(problem);
    }

    private static Problem consentProblem(ConsentException e, Context ctx) {
        return switch (e.reason()) {
            case INVALID_CONFIG -> invalidConfig(e, new Exchange(ctx));
            case UNKNOWN_SITE -> new Problem(404, "not-found", "Not found", "Unknown site.");
            default ->
                new Problem(503, "storage-unavailable", "The ledger cannot store right now", "Try again shortly.");
        };
    }

    /**
     * 422 with the problem in the language the client prefers (Dutch or English) and, for clients that word it
     * themselves, its stable code and arguments as the extension members {@code problemCode} and
     * {@code problemArguments}.
     */
    private static Problem invalidConfig(ConsentException e, Exchange exchange) {
        Language language = AcceptLanguage.preferred(exchange.header("Accept-Language"));
        exchange.addHeader("Vary", "Accept-Language");
        String title = language == Language.DUTCH ? "De configuratie is ongeldig" : "The configuration is not valid";
        Optional<ConfigProblem> problem = e.configProblem();
        if (problem.isEmpty()) {
            return new Problem(422, "invalid-config", title, e.subject(), Map.of(), Language.ENGLISH);
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("problemCode", problem.get().code().id());
        extensions.put("problemArguments", problem.get().arguments());
        return new Problem(422, "invalid-config", title, problem.get().text(language), extensions, language);
    }
}
