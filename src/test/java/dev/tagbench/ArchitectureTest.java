package dev.tagbench;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import dev.tagbench.project.Label;
import dev.tagbench.user.AppUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
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
    void features_depend_on_each_other_only_in_the_documented_direction() {
        var documented = FeatureDependencies.documented();
        classes()
                .that()
                .resideInAPackage("dev.tagbench..")
                .should(
                        new ArchCondition<JavaClass>(
                                "use other features only along the arrows of docs/architecture.md") {
                            @Override
                            public void check(JavaClass item, ConditionEvents events) {
                                var from = feature(item);
                                if (from == null) {
                                    return;
                                }
                                if (!documented.features().contains(from)) {
                                    events.add(SimpleConditionEvent.violated(
                                            item,
                                            "feature '" + from + "' of " + item.getName()
                                                    + " has no arrow in docs/architecture.md"));
                                    return;
                                }
                                var allowed = documented.allowedFrom(from);
                                for (var dependency : item.getDirectDependenciesFromSelf()) {
                                    var to = feature(dependency.getTargetClass());
                                    if (to != null && !to.equals(from) && !allowed.contains(to)) {
                                        events.add(SimpleConditionEvent.violated(
                                                dependency,
                                                dependency.getDescription() + " (" + from + " may use " + allowed
                                                        + ")"));
                                    }
                                }
                            }
                        })
                .check(classes);
    }

    @Test
    void docs_list_exactly_the_feature_arrows_this_test_enforces() throws IOException {
        var lines = Files.readAllLines(Path.of("docs/architecture.md"));
        var heading = lines.indexOf("### Dependencies point one way");
        assertThat(heading).as("the section in docs/architecture.md").isNotNegative();
        var start = lines.subList(heading, lines.size()).indexOf("```text") + heading + 1;
        var end = lines.subList(start, lines.size()).indexOf("```") + start;
        var inDocs = FeatureDependencies.of(lines.subList(start, end));

        assertThat(inDocs.edges()).isEqualTo(FeatureDependencies.documented().edges());
        var inCode = classes.stream()
                .map(ArchitectureTest::feature)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inDocs.features()).as("every feature package has its arrows").containsAll(inCode);
    }

    @Test
    void repositories_are_used_only_inside_transactions_of_services() {
        codeUnits()
                .that()
                .areDeclaredInClassesThat(DescribedPredicate.not(annotatedWith(Repository.class)))
                .should(new ArchCondition<JavaCodeUnit>("call repositories only in a transaction a @Service declares") {
                    @Override
                    public void check(JavaCodeUnit item, ConditionEvents events) {
                        var calls = item.getCallsFromSelf().stream()
                                .filter(call -> call.getTargetOwner().isAnnotatedWith(Repository.class))
                                .toList();
                        if (calls.isEmpty()) {
                            return;
                        }
                        // An anonymous or local class (a cursor's iterator) runs where its method creates it.
                        var unit = item;
                        while (unit.getOwner().getEnclosingCodeUnit().isPresent()) {
                            unit = unit.getOwner().getEnclosingCodeUnit().get();
                        }
                        if (!unit.getOwner().isAnnotatedWith(Service.class)) {
                            events.add(SimpleConditionEvent.violated(
                                    item, item.getFullName() + " calls a repository but is not in a @Service"));
                        } else if (!inDeclaredTransaction(unit, new HashSet<>())) {
                            calls.forEach(call -> events.add(SimpleConditionEvent.violated(
                                    call, call.getDescription() + ", outside a @Transactional method")));
                        }
                    }
                })
                .check(classes);
    }

    /** @Transactional itself or by its class, or a private helper that only such methods call. */
    private static boolean inDeclaredTransaction(JavaCodeUnit unit, Set<JavaCodeUnit> seen) {
        if (unit.isAnnotatedWith(Transactional.class) || unit.getOwner().isAnnotatedWith(Transactional.class)) {
            return true;
        }
        if (!unit.getModifiers().contains(JavaModifier.PRIVATE)) {
            return false;
        }
        if (!seen.add(unit)) {
            return true; // a helper calling itself: its other callers decide
        }
        var callers =
                unit.getAccessesToSelf().stream().map(JavaAccess::getOrigin).toList();
        return !callers.isEmpty() && callers.stream().allMatch(caller -> inDeclaredTransaction(caller, seen));
    }

    @Test
    void every_package_is_null_marked() {
        // Test code too: its packages are Tagbench packages like any other.
        var withTests = new ClassFileImporter().importPackages("dev.tagbench");
        var unmarked = withTests.stream()
                .map(JavaClass::getPackage)
                .distinct()
                .filter(pkg -> !pkg.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName)
                .sorted()
                .toList();
        assertThat(unmarked)
                .as("packages without @NullMarked in package-info.java")
                .isEmpty();
    }

    /** The feature a class belongs to: the package right below dev.tagbench, or null for the root. */
    private static @Nullable String feature(JavaClass type) {
        var name = type.getPackageName();
        if (!name.startsWith("dev.tagbench.")) {
            return null;
        }
        return name.substring("dev.tagbench.".length()).split("\\.")[0];
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

    /**
     * Authorization in one layer: a public service method acts for the user it takes (an
     * {@link AppUser}, or a record made for one such as a checked export plan) and checks that user
     * itself, so no view or controller can reach data past a check. What acts for nobody is not
     * public, runs only inside the transaction of a service that did check
     * ({@code Propagation.MANDATORY}: views and controllers have no transaction), or is a scheduled job.
     * Sign-in itself is Spring Security's call into a {@link UserDetailsService}: there is no user yet.
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
        var signIn = new DescribedPredicate<JavaMethod>("sign-in") {
            @Override
            public boolean test(JavaMethod method) {
                return method.getOwner().isAssignableTo(UserDetailsService.class);
            }
        };
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and(DescribedPredicate.not(signIn))
                .and()
                .areNotAnnotatedWith(Scheduled.class)
                .and(DescribedPredicate.not(insideAnotherServicesTransaction))
                .should(ArchConditions.have(actor))
                .check(classes);
    }
}
