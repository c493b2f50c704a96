package org.terrain.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncaughtFailuresTest {
    private final List<UncaughtFailures.Report> shown = new ArrayList<>();
    private final UncaughtFailures failures = new UncaughtFailures(shown::add);

    @Test
    void theReportNamesTheFailureSaysNoWorkIsLostAndCarriesTheStackTrace() {
        UncaughtFailures.Report report = failures.decide(Thread.currentThread(),
                new IllegalStateException("wrapper", new ArithmeticException("division par zéro"))).orElseThrow();

        assertThat(report.title()).isEqualTo("Erreur inattendue");
        assertThat(report.text()).contains("ArithmeticException : division par zéro")
                .contains("Votre travail n’est pas perdu").contains("enregistrée dans le projet");
        assertThat(report.details()).contains("IllegalStateException: wrapper").contains("Caused by")
                .contains("UncaughtFailuresTest");
    }

    @Test
    void whileADialogIsOpenFurtherFailuresAreOnlyLogged() {
        assertThat(failures.decide(Thread.currentThread(), new RuntimeException("un"))).isPresent();
        assertThat(failures.decide(Thread.currentThread(), new RuntimeException("deux"))).isEmpty();

        failures.dismissed();

        assertThat(failures.decide(Thread.currentThread(), new RuntimeException("trois"))).isPresent();
        assertThat(failures.loggedCount()).isEqualTo(3);
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsType() {
        assertThat(UncaughtFailures.report(new NullPointerException()).text()).contains("NullPointerException")
                .doesNotContain("NullPointerException :");
    }
}
