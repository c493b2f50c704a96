package org.terrain.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app only presents the engine: views draw what their ViewModel exposes and never reach corpus-tools. */
@AnalyzeClasses(packages = "org.terrain.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule viewsDoNotCallTheEngine = noClasses()
            .that().haveNameMatching(".*\\.[A-Za-z]*(View|Window|Bar)(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("org.terrain.corpus..")
            .because("only ViewModels call the engine (off the FX thread); views bind to what they expose");
}
