package dev.tagbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import dev.tagbench.project.Label;
import dev.tagbench.user.AppUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the package-by-feature rules of docs/architecture.md true as the code grows. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.tagbench");
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("dev.tagbench.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void repositories_are_used_only_by_services_of_their_own_feature() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .bePackagePrivate()
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Repository.class)
                .check(classes);
        noClasses()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Repository.class)
                .check(classes);
    }

    @Test
    void domain_code_never_depends_on_views() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.tagbench..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.tagbench..ui..")
                .check(classes);
    }

    @Test
    void views_talk_to_services_not_to_jdbc() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(classes);
    }

    @Test
    void plugins_use_only_the_public_extension_points_of_the_core() {
        // Label is part of the export SPI (a dataset card describes the schema); nothing else of the core.
        var core = JavaClass.Predicates.resideInAnyPackage(
                "dev.tagbench.article..",
                "dev.tagbench.annotation..",
                "dev.tagbench.project..",
                "dev.tagbench.user..",
                "dev.tagbench.demo..",
                "dev.tagbench.review..");
        noClasses()
                .that()
                .resideInAPackage("dev.tagbench.plugins..")
                .should()
                .dependOnClassesThat(core.and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Label.class))))
                .check(classes);
    }

    @Test
    void the_core_does_not_depend_on_built_in_plugins() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.tagbench.plugins..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.tagbench.plugins..")
                .check(classes);
    }

    /**
     * Authorization in one layer: a public service method acts for the user it takes (an
     * {@link AppUser}, or a record made for one such as a checked export plan) and checks that user
     * itself, so no view or controller can reach data past a check. What acts for nobody is not
     * public, runs only inside the transaction of a service that did check
     * ({@code Propagation.MANDATORY}: views and controllers have no transaction), or is a scheduled job.
     */
    @Test
    void public_service_methods_take_the_user_they_act_for() {
        var actor =
                new DescribedPredicate<JavaMethod>(
                        "a parameter for the acting user (an AppUser, or a record carrying one)") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return method.getRawParameterTypes().stream()
                                .anyMatch(type -> type.isEquivalentTo(AppUser.class)
                                        || type.isRecord()
                                                && type.getFields().stream()
                                                        .anyMatch(field -> field.getRawType()
                                                                .isEquivalentTo(AppUser.class)));
                    }
                };
        var insideAnotherServicesTransaction =
                new DescribedPredicate<JavaMethod>("run only inside another service's transaction") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return method.tryGetAnnotationOfType(Transactional.class)
                                .map(transactional -> transactional.propagation() == Propagation.MANDATORY)
                                .orElse(false);
                    }
                };
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .areNotAnnotatedWith(Scheduled.class)
                .and(DescribedPredicate.not(insideAnotherServicesTransaction))
                .should(ArchConditions.have(actor))
                .check(classes);
    }
}
