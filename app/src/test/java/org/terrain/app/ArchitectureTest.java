package org.terrain.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app only presents the engine: views draw what their ViewModel exposes and never reach corpus-tools; the
 * engine is called by ViewModels (and the project opening code), which never build controls.
 */
@AnalyzeClasses(packages = "org.terrain.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** A view: named so, or anything JavaFX draws (a node, a dialog, a cell, a menu), inner classes included. */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe("views",
            (JavaClass type) -> outermost(type).getSimpleName().matches("[A-Za-z]*(View|Window|Bar)")
                    || isDrawn(type) || isDrawn(outermost(type)));

    @ArchTest
    static final ArchRule viewsDoNotCallTheEngine = noClasses()
            .that(VIEWS)
            .should().dependOnClassesThat().resideInAPackage("org.terrain.corpus..")
            .because("only ViewModels call the engine (off the FX thread); views bind to what they expose");

    @ArchTest
    static final ArchRule viewModelsBuildNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a ViewModel holds state and calls the engine; drawing it is the view's work");

    @ArchTest
    static final ArchRule featuresLiveInUiPackages = classes()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().resideInAPackage("org.terrain.app.ui..");

    @ArchTest
    static final ArchRule fileDialogsGoThroughFileDialogs = noClasses()
            .that().doNotHaveFullyQualifiedName("org.terrain.app.ui.common.FileDialogs")
            .should().callMethod(javafx.stage.FileChooser.class, "showSaveDialog", javafx.stage.Window.class)
            .orShould().callMethod(javafx.stage.FileChooser.class, "showOpenDialog", javafx.stage.Window.class)
            .orShould().callMethod(javafx.stage.FileChooser.class, "showOpenMultipleDialog", javafx.stage.Window.class)
            .orShould().callMethod(javafx.stage.DirectoryChooser.class, "showDialog", javafx.stage.Window.class)
            .because("FileDialogs opens every dialog in the user's documents or last folder, never where the app "
                    + "was started from nor inside a project, and remembers the folder chosen");

    private static JavaClass outermost(JavaClass type) {
        JavaClass at = type;
        while (at.getEnclosingClass().isPresent()) {
            at = at.getEnclosingClass().get();
        }
        return at;
    }

    private static boolean isDrawn(JavaClass type) {
        return type.isAssignableTo("javafx.scene.Node") || type.isAssignableTo("javafx.scene.control.Dialog")
                || type.isAssignableTo("javafx.scene.control.Cell") || type.isAssignableTo("javafx.scene.control.MenuItem")
                || type.isAssignableTo("javafx.stage.Window");
    }
}
