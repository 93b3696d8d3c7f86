package org.ssaplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.ssaplanner.shared.api.ApiController;

/** House rules of ARCHITECTURE.md that Spring Modulith does not check by itself. */
class ArchitectureRulesTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ssaplanner");

    @Test
    void controllersArePackagePrivateAndLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .and().areNotAnnotations().and().areNotAnnotatedWith(ApiController.class)
                .should().notBePublic()
                .andShould().resideInAPackage("..web..")
                .check(CLASSES);
    }

    /** The REST API's controllers sit in an {@code api} package of their module (issue 17, section 3). */
    @Test
    void apiControllersArePackagePrivateAndLiveInApiPackages() {
        classes().that().areAnnotatedWith(ApiController.class)
                .should().notBePublic()
                .andShould().resideInAPackage("org.ssaplanner.*.api..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.ssaplanner.*.api..")
                .should().dependOnClassesThat().resideInAPackage("org.ssaplanner..domain..")
                .check(CLASSES);
    }

    @Test
    void entitiesLiveInDomainPackages() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAnyPackage("..domain..", "..shared.audit..")
                .check(CLASSES);
    }

    @Test
    void webLayerDoesNotTouchRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("org.ssaplanner..web..")
                .should().dependOnClassesThat().resideInAPackage("org.ssaplanner..domain..")
                .check(CLASSES);
    }

    @Test
    void formObjectsAreNotEntities() {
        noClasses().that().haveSimpleNameEndingWith("Form")
                .should().beAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("org.ssaplanner..web..")
                .should().dependOnClassesThat().resideInAPackage("org.ssaplanner..web..")
                .check(CLASSES);
    }
}
