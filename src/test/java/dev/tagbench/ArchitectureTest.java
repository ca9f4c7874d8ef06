package dev.tagbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.tagbench.project.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
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
    void suggestions_build_on_annotation_and_nothing_below_depends_on_them() {
        // Suggestions read approved sentences and write curators' labels through annotation; the features
        // below learn of them only through interfaces they own (ArticlePriority) and events (ArticleApproved).
        noClasses()
                .that()
                .resideInAPackage("dev.tagbench.suggest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.tagbench.review..",
                        "dev.tagbench.export..",
                        "dev.tagbench.ingest..",
                        "dev.tagbench.agreement..",
                        "dev.tagbench.dashboard..",
                        "dev.tagbench.demo..",
                        "dev.tagbench.ui..")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.tagbench.annotation..",
                        "dev.tagbench.article..",
                        "dev.tagbench.project..",
                        "dev.tagbench.user..",
                        "dev.tagbench.job..",
                        "dev.tagbench.base..",
                        "dev.tagbench.extension..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.tagbench.suggest..")
                .check(classes);
    }

    @Test
    void plugins_use_only_the_public_extension_points_of_the_core() {
        // Label is part of the export and suggester SPIs (a dataset card describes the schema, a suggester
        // suggests its keys); nothing else of the core.
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
}
