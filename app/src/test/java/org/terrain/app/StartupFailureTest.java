package org.terrain.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A missing GTK 3 is said as what to install, not as JavaFX's stack trace. */
class StartupFailureTest {
    @Test
    void javafxsGtkFailureBecomesWhatToInstall() {
        RuntimeException launch = new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(StartupFailure.explain(launch)).hasValueSatisfying(message -> assertThat(message)
                .contains("GTK 3", "apt-get install libgtk-3-0", "dnf install gtk3").doesNotContain("glass"));
    }

    @Test
    void aMissingGtkSharedLibraryToo() {
        assertThat(StartupFailure.explain(new UnsatisfiedLinkError("libgtk-3.so.0: cannot open shared object file")))
                .isPresent();
    }

    @Test
    void otherFailuresKeepTheirTrace() {
        assertThat(StartupFailure.explain(new IllegalStateException("Toolkit already initialized"))).isEmpty();
    }
}
