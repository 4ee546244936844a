package nl.cookiekeur.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** The precompiled jte templates (built by the jte Maven plugin; HTML escaping on by default). */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} (such as {@code wizard/question.jte}) as the HTML answer with this status. */
    public void render(Context ctx, int status, String name, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        engine.render(name, parameters, output);
        ctx.status(status);
        ctx.header("Vary", "Accept-Language");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(output.toString());
    }

    /** Renders with status 200. */
    public void render(Context ctx, String name, Map<String, Object> parameters) {
        render(ctx, 200, name, parameters);
    }

    /** A page that tells the visitor what went wrong, in their language, without technical detail. */
    public void problem(Context ctx, PageContext page, int status, String message) {
        render(ctx, status, "problem.jte", Map.of("page", page, "status", status, "message", message));
    }
}
