package com.partnershipgovernance.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.Arrays;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering rules every service keeps, checked by each service's architecture test. */
public final class ServiceArchitecture {

    private static final Set<String> SERVICES = Set.of("partner", "agreement", "kpi", "risk");

    private ServiceArchitecture() {
    }

    /** {@code domain} packages depend neither on {@code api} nor {@code events} nor JAX-RS. */
    public static void domainIsFreeOfApiAndEvents(String basePackage) {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..events..", "jakarta.ws.rs..")
                .check(classesOf(basePackage));
    }

    /** No class of service {@code service} uses a type of another service: events cross, classes never do. */
    public static void usesNoOtherServicesTypes(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service))
                .map(s -> "com.partnershipgovernance." + s + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("domain code is never shared: " + Arrays.toString(others))
                .check(classesOf("com.partnershipgovernance." + service));
    }

    private static JavaClasses classesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }
}
