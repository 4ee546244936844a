package nl.cookiekeur.compliance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.PolicyText;

/**
 * Compares what the site's statements declare with what was observed: cookies set but not declared,
 * declared categories milder than what the knowledge base knows, and lifetimes longer than declared. Nothing
 * is compared when the site links to no statement (NL-CK-19 says so instead).
 */
final class DeclarationComparison {
    static final String NOT_DECLARED = "not-declared";
    static final String CATEGORY = "category";
    static final String LIFETIME = "lifetime";

    private DeclarationComparison() {}

    static List<DeclarationMismatch> compare(AssessmentContext context) {
        List<PolicyText> statements = context.evidence().statements();
        if (statements.isEmpty()) {
            return List.of();
        }
        String mainSource = statements.stream()
                .filter(s -> s.kind().equals("cookie"))
                .findFirst()
                .orElse(statements.get(0))
                .url();
        List<DeclarationMismatch> mismatches = new ArrayList<>();
        for (ClassifiedCookie cookie : longestPerCookie(context)) {
            String name = cookie.name();
            DeclaredCookie declared = context.declared().stream()
                    .filter(d -> d.matches(name))
                    .findFirst()
                    .orElse(null);
            if (declared == null) {
                if (!DeclarationReader.mentions(statements, name)) {
                    mismatches.add(new DeclarationMismatch(
                            NOT_DECLARED, name, "", cookie.where() + " · " + observedCategory(cookie), mainSource));
                }
                continue;
            }
            Category declaredCategory = declared.category();
            Category known = cookie.classification().category();
            if (declaredCategory != null && !cookie.inferred() && milder(declaredCategory, known)) {
                mismatches.add(new DeclarationMismatch(
                        CATEGORY, name, declared.categoryText(), observedCategory(cookie), declared.source()));
            }
            DeclaredLifetime lifetime = declared.lifetime();
            Duration observed = cookie.cookie().lifetime();
            if (lifetime != null && observed != null && lifetime.exceededBy(observed)) {
                mismatches.add(new DeclarationMismatch(
                        LIFETIME, name, declared.lifetimeText(), days(observed), declared.source()));
            }
        }
        return List.copyOf(mismatches);
    }

    /** Whether a declared category is milder than the known one (necessary or preference vs tracking). */
    static boolean milder(Category declared, Category known) {
        boolean declaredExempt = declared == Category.NECESSARY || declared == Category.PREFERENCES;
        if (declaredExempt) {
            return known == Category.ANALYTICS || known == Category.MARKETING;
        }
        return declared == Category.ANALYTICS && known == Category.MARKETING;
    }

    /** Each observed cookie once (name, domain, path), with its longest observed lifetime. */
    private static List<ClassifiedCookie> longestPerCookie(AssessmentContext context) {
        Map<String, ClassifiedCookie> byKey = new LinkedHashMap<>();
        for (ClassifiedCookie cookie : context.cookies()) {
            byKey.merge(cookie.cookie().key(), cookie, (a, b) -> longer(b, a) ? b : a);
        }
        return List.copyOf(byKey.values());
    }

    private static boolean longer(ClassifiedCookie a, ClassifiedCookie b) {
        Duration left = a.cookie().lifetime();
        Duration right = b.cookie().lifetime();
        return left != null && (right == null || left.compareTo(right) > 0);
    }

    private static String observedCategory(ClassifiedCookie cookie) {
        String vendor = cookie.classification().vendor();
        String category = cookie.classification().category().id();
        return vendor == null ? category : category + " (" + vendor + ")";
    }

    private static String days(Duration observed) {
        long days = observed.toDays();
        return days >= 1 ? days + " d" : observed.toHours() + " h";
    }
}
