package org.terrain.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.model.OperationMessage;
import org.terrain.corpus.store.OperationKind;

class OperationTextTest {
    private static String describe(OperationMessage message) {
        return OperationText.describe(new Operation(1, Instant.EPOCH, "Marie", "x", "English summary", 0, false,
                message));
    }

    @Test
    void theLogsMessagesAreWordedInFrench() {
        CodePath security = CodePath.parse("Pratiques/Sécurité");
        assertThat(describe(OperationKind.CODE_ADD.with(security))).isEqualTo("création du code « Pratiques/Sécurité »");
        assertThat(describe(OperationKind.CODE_RENAME.with(security, "Risques")))
                .isEqualTo("renommage de « Pratiques/Sécurité » en « Risques »");
        assertThat(describe(OperationKind.CODE_MOVE_ROOT.with(security)))
                .isEqualTo("déplacement de « Pratiques/Sécurité » à la racine");
        assertThat(describe(OperationKind.CODING.with(security, "martine.txt", 1)))
                .isEqualTo("codage avec « Pratiques/Sécurité » dans « martine.txt »");
        assertThat(describe(OperationKind.CODING.with(security, "martine.txt", 3)))
                .isEqualTo("codage de 3 passages avec « Pratiques/Sécurité » dans « martine.txt »");
        assertThat(describe(OperationKind.AUTOCODE_SENTENCES.with(CodePath.of("Rapport au travail"), "usine", 12)))
                .isEqualTo("codage automatique avec « Rapport au travail » des phrases où figure « usine »");
        assertThat(describe(OperationKind.UNCODE.with(12))).isEqualTo("retrait d’un codage");
        assertThat(describe(OperationKind.IMPORT.with("ESLO1_INTPERS_421_C.txt")))
                .isEqualTo("import de « ESLO1_INTPERS_421_C.txt »");
        assertThat(describe(OperationKind.SPEAKERS_INTERVIEWER.with("PB")))
                .isEqualTo("rôle d’enquêteur pour PB dans toutes les sources");
        assertThat(describe(OperationKind.CASE_VALUE.with("Martine", "âge", "54")))
                .isEqualTo("valeur de « âge » pour le cas « Martine »");
    }

    @Test
    void anEntryOlderThanMessageKeysShowsItsSummary() {
        assertThat(describe(null)).isEqualTo("English summary");
        assertThat(describe(new OperationMessage("op.of_a_newer_terrain", java.util.List.of())))
                .isEqualTo("English summary");
    }
}
