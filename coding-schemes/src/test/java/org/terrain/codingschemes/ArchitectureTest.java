package org.terrain.codingschemes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Codebooks are data any tool can read: this module depends on nothing of ours and on no UI. */
@AnalyzeClasses(packages = "org.terrain.codingschemes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule dependsOnNothingOfOurs = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.terrain.corpus..", "org.terrain.app..", "javafx..", "java.sql..");
}
