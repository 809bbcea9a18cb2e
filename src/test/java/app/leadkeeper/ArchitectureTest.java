package app.leadkeeper;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The layout rules of ENGINEERING.md, checked on every build. */
@AnalyzeClasses(packages = "app.leadkeeper", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule presentationModelsKnowNoSceneGraphAndNoSql = noClasses()
            .that()
            .haveSimpleNameEndingWith("Model")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "org.jooq..", "app.leadkeeper.db..");

    @ArchTest
    static final ArchRule repositoriesAndServicesKnowNoJavaFx = noClasses()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .or()
            .haveSimpleNameEndingWith("Service")
            .and()
            .doNotHaveSimpleName("DialogService")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule coreAndDataKnowNoFeature = noClasses()
            .that()
            .resideInAnyPackage("app.leadkeeper.core..", "app.leadkeeper.data..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "app.leadkeeper.leads..",
                    "app.leadkeeper.channels..",
                    "app.leadkeeper.cli..",
                    "app.leadkeeper.ui..",
                    "app.leadkeeper.settings..",
                    "javafx..");

    @ArchTest
    static final ArchRule aFeatureNeverReachesAnotherFeaturesRepository = classes()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .should(onlyBeUsedInTheirOwnPackageOrTheCompositionRoot());

    /** SQL lives in repositories (and their helpers) and in read-only report queries, nowhere else. */
    @ArchTest
    static final ArchRule onlyRepositoriesAndQueriesTouchTheGeneratedTables = noClasses()
            .that()
            .resideOutsideOfPackages("app.leadkeeper.db..")
            .and(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are no repository, query or mapper") {
                @Override
                public boolean test(JavaClass c) {
                    String name = c.getSimpleName().isEmpty() ? c.getName() : c.getSimpleName();
                    String top = c.getName().replaceAll("\\$.*", "");
                    return java.util.stream.Stream.of(
                                    "Repository", "Records", "Query", "BatchInsert", "Scan", "Settings")
                            .noneMatch(suffix -> name.endsWith(suffix) || top.endsWith(suffix));
                }
            })
            .should()
            .dependOnClassesThat()
            .resideInAPackage("app.leadkeeper.db..");

    private static ArchCondition<JavaClass> onlyBeUsedInTheirOwnPackageOrTheCompositionRoot() {
        return new ArchCondition<>("only be used in their own package or by AppContext") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getAccessesToSelf().forEach(access -> {
                    JavaClass user = access.getOriginOwner();
                    boolean allowed = user.getPackageName().equals(repository.getPackageName())
                            || user.getName().equals(AppContext.class.getName());
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                });
            }
        };
    }
}
