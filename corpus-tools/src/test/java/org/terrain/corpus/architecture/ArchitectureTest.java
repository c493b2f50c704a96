package org.terrain.corpus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's layering, checked on every build: each technology stays in its package, the model depends on
 * nothing, and packages form no cycle.
 */
@AnalyzeClasses(packages = "org.terrain.corpus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("corpus-tools is the headless kit; the app only presents it");

    @ArchTest
    static final ArchRule jdbcOnlyInStore = noClasses().that().resideOutsideOfPackage("org.terrain.corpus.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("the database is reached through the store only");

    @ArchTest
    static final ArchRule luceneOnlyInSearch = noClasses().that()
            .resideOutsideOfPackage("org.terrain.corpus.search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");

    @ArchTest
    static final ArchRule tikaOnlyInImporting = noClasses().that()
            .resideOutsideOfPackage("org.terrain.corpus.importing..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.tika..");

    @ArchTest
    static final ArchRule coreNlpOnlyInNlp = noClasses().that().resideOutsideOfPackage("org.terrain.corpus.nlp..")
            .should().dependOnClassesThat().resideInAPackage("edu.stanford..");

    @ArchTest
    static final ArchRule xmlOnlyInExchangeAndImporting = noClasses().that()
            .resideOutsideOfPackages("org.terrain.corpus.exchange..", "org.terrain.corpus.importing..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.w3c.dom..", "org.xml.sax..")
            .because("XML exchange lives in exchange; reading XML documents (Transcriber) in importing");

    @ArchTest
    static final ArchRule picocliOnlyInCli = noClasses().that().resideOutsideOfPackage("org.terrain.corpus.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule modelDependsOnNothing = classes().that().resideInAPackage("org.terrain.corpus.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.terrain.corpus.model..", "java..")
            .because("the domain model is plain records that every layer may use");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.terrain.corpus.(*)..").should().beFreeOfCycles();
}
