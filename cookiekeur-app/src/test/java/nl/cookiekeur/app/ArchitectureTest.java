package nl.cookiekeur.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module graph is the architecture: these rules keep the dependencies pointing inward. */
@AnalyzeClasses(packages = "nl.cookiekeur", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE_PACKAGES = {
        "nl.cookiekeur",
        "nl.cookiekeur.law..",
        "nl.cookiekeur.text..",
        "nl.cookiekeur.profile..",
        "nl.cookiekeur.cookie..",
        "nl.cookiekeur.classification..",
        "nl.cookiekeur.site..",
        "nl.cookiekeur.evidence..",
        "nl.cookiekeur.scan..",
        "nl.cookiekeur.compliance..",
        "nl.cookiekeur.report",
        "nl.cookiekeur.history..",
        "nl.cookiekeur.consent.."
    };

    private static final String[] ADAPTER_PACKAGES = {
        "nl.cookiekeur.knowledge..",
        "nl.cookiekeur.scanner..",
        "nl.cookiekeur.reporting..",
        "nl.cookiekeur.store..",
        "nl.cookiekeur.ledger..",
        "nl.cookiekeur.fixtures.."
    };

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdkAndJSpecify = classes()
            .that()
            .resideInAnyPackage(CORE_PACKAGES)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(CORE_PACKAGES, "java..", "org.jspecify.annotations.."))
            .because("the core is pure Java: the legal model must not depend on frameworks or adapters");

    @ArchTest
    static final ArchRule commandLineDoesNotImportAdapters = noClasses()
            .that()
            .resideInAPackage("nl.cookiekeur.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTER_PACKAGES)
            .because("adapters meet only through the core's ports; the app wires them together");

    @ArchTest
    static final ArchRule fixtureSitesStayInTests = noClasses()
            .that()
            .resideOutsideOfPackage("nl.cookiekeur.fixtures..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.cookiekeur.fixtures..")
            .because("fixture sites are test material, never part of the product");

    @ArchTest
    static final ArchRule oneRegistrableDomainImplementation = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.google.common.net.InternetDomainName")
            .because("which site a host belongs to is decided once, by core's nl.cookiekeur.site.RegistrableDomain");

    @ArchTest
    static final ArchRule knowledgeDoesNotImportTheCommandLine = noClasses()
            .that()
            .resideInAPackage("nl.cookiekeur.knowledge..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.cookiekeur.cli..", "nl.cookiekeur.app..");

    @ArchTest
    static final ArchRule onlyTheAppWiresTheAdapters = noClasses()
            .that()
            .resideOutsideOfPackage("nl.cookiekeur.app..")
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

    @ArchTest
    static final ArchRule packagesHaveNoCycles =
            slices().matching("nl.cookiekeur.(*)..").should().beFreeOfCycles();

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
