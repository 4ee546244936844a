package nl.cookiekeur.web.page;

/** What a page route does with its request, given the page context. */
@FunctionalInterface
public interface PageAction {
    void handle(io.javalin.http.Context ctx, PageContext page) throws Exception;
}
