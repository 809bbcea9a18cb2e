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
            .that().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.jooq..", "app.leadkeeper.db..");

    @ArchTest
    static final ArchRule repositoriesAndServicesKnowNoJavaFx = noClasses()
            .that().haveSimpleNameEndingWith("Repository").or().haveSimpleNameEndingWith("Service")
            .and().doNotHaveSimpleName("DialogService")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule coreAndDataKnowNoFeature = noClasses()
            .that().resideInAnyPackage("app.leadkeeper.core..", "app.leadkeeper.data..")
            .should().dependOnClassesThat().resideInAnyPackage("app.leadkeeper.leads..", "app.leadkeeper.channels..",
                    "app.leadkeeper.cli..", "app.leadkeeper.ui..", "app.leadkeeper.settings..", "javafx..");

    @ArchTest
    static final ArchRule aFeatureNeverReachesAnotherFeaturesRepository = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should(onlyBeUsedInTheirOwnPackageOrTheCompositionRoot());

    @ArchTest
    static final ArchRule onlyRepositoriesTouchTheGeneratedTables = noClasses()
            .that().resideOutsideOfPackages("app.leadkeeper.db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .and().haveSimpleNameNotEndingWith("Records")
            .and().haveSimpleNameNotEndingWith("Settings")
            .and().haveSimpleNameNotContaining("Exporter")
            .and().haveSimpleNameNotContaining("Bench")
            .should().dependOnClassesThat().resideInAPackage("app.leadkeeper.db..");

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
