package nl.cookiekeur.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module graph is the architecture: these rules keep the dependencies pointing inward. The core is
 * everything that is not an adapter, the command line, the app or test material, so a new core package needs
 * no entry here.
 */
@AnalyzeClasses(
        packages = "nl.cookiekeur",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The adapters, each a module of its own; they meet only through the core's ports. */
    static final List<String> ADAPTER_PACKAGES = List.of(
            "nl.cookiekeur.knowledge..",
            "nl.cookiekeur.scanner..",
            "nl.cookiekeur.reporting..",
            "nl.cookiekeur.store..",
            "nl.cookiekeur.ledger..",
            "nl.cookiekeur.web..",
            "nl.cookiekeur.monitor..");

    private static final String[] OUTSIDE_CORE = concat(
            ADAPTER_PACKAGES.toArray(String[]::new),
            "nl.cookiekeur.cli..",
            "nl.cookiekeur.app..",
            "nl.cookiekeur.fixtures..",
            "nl.cookiekeur.benchmark..");

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdkAndJSpecify = classes()
            .that()
            .resideInAPackage("nl.cookiekeur..")
            .and()
            .resideOutsideOfPackages(OUTSIDE_CORE)
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(OUTSIDE_CORE)
            .andShould()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("nl.cookiekeur..", "java..", "org.jspecify.annotations..")
            .because("the core is pure Java: the legal model must not depend on frameworks or adapters");

    @ArchTest
    static final ArchRule adaptersNeverImportAdapters = adaptersNeverImportAdapters();

    @ArchTest
    static final ArchRule commandLineDoesNotImportAdapters = noClasses()
            .that()
            .resideInAPackage("nl.cookiekeur.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTER_PACKAGES.toArray(String[]::new))
            .because("adapters meet only through the core's ports; the app wires them together");

    @ArchTest
    static final ArchRule fixtureSitesStayInTests = noClasses()
            .that()
            .resideOutsideOfPackages("nl.cookiekeur.fixtures..", "nl.cookiekeur.benchmark..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.cookiekeur.fixtures..")
            .because("fixture sites are test material, never part of the product");

    @ArchTest
    static final ArchRule adaptersDoNotImportTheCommandLine = noClasses()
            .that()
            .resideInAnyPackage(ADAPTER_PACKAGES.toArray(String[]::new))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.cookiekeur.cli..", "nl.cookiekeur.app..");

    @ArchTest
    static final ArchRule oneRegistrableDomainImplementation = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.google.common.net.InternetDomainName")
            .because("which site a host belongs to is decided once, by core's nl.cookiekeur.site.RegistrableDomain");

    @ArchTest
    static final ArchRule onlyTheAppWiresTheAdapters = noClasses()
            .that()
            .resideOutsideOfPackages("nl.cookiekeur.app..", "nl.cookiekeur.benchmark..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.cookiekeur.app..");

    @ArchTest
    static final ArchRule noVagueTypeNames = noClasses()
            .should()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .because("types are nouns from the legal and cookie vocabulary (docs/architecture.md)");

    /** No cycles between modules' top-level packages (e.g. core's law and compliance). */
    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles =
            slices().matching("nl.cookiekeur.(*)..").should().beFreeOfCycles();

    /** No cycles between any two packages, also inside one module (e.g. cli.scan and cli.judge). */
    @ArchTest
    static final ArchRule packagesHaveNoCyclesInsideAModule =
            slices().matching("nl.cookiekeur.(**)").should().beFreeOfCycles();

    static ArchRule adaptersNeverImportAdapters() {
        ArchRule rule = null;
        for (String adapter : ADAPTER_PACKAGES) {
            String[] others =
                    ADAPTER_PACKAGES.stream().filter(a -> !a.equals(adapter)).toArray(String[]::new);
            ArchRule one = noClasses()
                    .that()
                    .resideInAPackage(adapter)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because("an adapter depends on the core only; what two adapters share is a core port,"
                            + " and the app passes one adapter's implementation to the other")
                    .allowEmptyShould(true);
            rule = rule == null
                    ? one
                    : com.tngtech.archunit.lang.CompositeArchRule.of(rule).and(one);
        }
        return java.util.Objects.requireNonNull(rule);
    }

    /** The rule must be able to fail: an adapter class that imports another adapter is caught. */
    @Test
    void anAdapterImportingAnotherAdapterIsCaught() {
        JavaClasses leaking = new ClassFileImporter()
                .importClasses(
                        nl.cookiekeur.ledger.archfixture.LeakingLedger.class,
                        nl.cookiekeur.store.archfixture.LeakedStore.class);
        EvaluationResult result = adaptersNeverImportAdapters().evaluate(leaking);
        assertThat(result.hasViolation()).isTrue();
    }

    /** Core's test-jar (EvidenceBuilder, Judge) is on the app's test classpath; its classes are test code too. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
