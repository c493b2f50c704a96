package org.terrain.app.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrain.app.ui.common.Background;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.StatusViewModel;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Code;
import org.terrain.corpus.store.CodeInfo;

class CodesViewModelTest {
    private static final List<CodeEntry> CODEBOOK = CodesViewModel.entries(List.of(
            info(1, "Pratiques", 0, 1),
            info(2, "Pratiques/Sécurité", 1, 4),
            info(3, "Pratiques/Sécurité/Équipements", 2, 2),
            info(4, "Pratiques/Transmission", 1, 3),
            info(5, "Rapport au travail", 0, 5)));

    @Test
    void eachCodeCountsItsOwnSegmentsAndThoseOfItsWholeBranch() {
        assertThat(CODEBOOK).extracting(e -> e.path() + " " + e.segments() + "/" + e.total()).containsExactly(
                "Pratiques 1/10", "Pratiques/Sécurité 4/6", "Pratiques/Sécurité/Équipements 2/2",
                "Pratiques/Transmission 3/3", "Rapport au travail 5/5");
    }

    @Test
    void aParentShowsItsOwnCountThenWithItsSubCodesALeafItsOwn() {
        assertThat(CODEBOOK).extracting(e -> e.name() + " (" + e.countText() + ")").containsExactly(
                "Pratiques (1 · 10)", "Sécurité (4 · 6)", "Équipements (2)", "Transmission (3)",
                "Rapport au travail (5)");
        assertThat(CodesViewModel.entries(List.of(info(1, "Travail", 0, 1_200), info(2, "Travail/Horaires", 1, 1_000))))
                .first().extracting(CodeEntry::countText).isEqualTo("1\u00A0200 · 2\u00A0200");
    }

    @Test
    void aParentWithoutSegmentsUnderItStillShowsBothCounts() {
        assertThat(CodesViewModel.entries(List.of(info(1, "Travail", 0, 0), info(2, "Travail/Horaires", 1, 0))))
                .extracting(CodeEntry::countText).containsExactly("0 · 0", "0");
    }

    @Test
    void theFilterIgnoresCaseAndAccentsAndKeepsTheCodesAbove() {
        assertThat(CodesViewModel.filtered(CODEBOOK, "equip")).extracting(e -> e.path().toString())
                .containsExactly("Pratiques", "Pratiques/Sécurité", "Pratiques/Sécurité/Équipements");
        assertThat(CodesViewModel.filtered(CODEBOOK, "  ")).hasSize(5);
        assertThat(CodesViewModel.filtered(CODEBOOK, "zzz")).isEmpty();
    }

    @Test
    void aCodeMovesNeitherUnderItselfNorWhereItAlreadyIs() {
        CodesViewModel viewModel = new CodesViewModel(new ProjectSession(
                new Background(new StatusViewModel(), failure -> { }), new StatusViewModel()));
        CodePath securite = CodePath.parse("Pratiques/Sécurité");

        assertThat(viewModel.canMove(securite, CodePath.parse("Rapport au travail"))).isTrue();
        assertThat(viewModel.canMove(securite, null)).isTrue();
        assertThat(viewModel.canMove(securite, CodePath.parse("Pratiques"))).isFalse();
        assertThat(viewModel.canMove(securite, CodePath.parse("Pratiques/Sécurité/Équipements"))).isFalse();
        assertThat(viewModel.canMove(CodePath.parse("Pratiques"), null)).isFalse();
        assertThat(viewModel.canMerge(securite, CodePath.parse("Pratiques/Transmission"))).isTrue();
        assertThat(viewModel.canMerge(securite, CodePath.parse("Pratiques"))).isTrue();
        assertThat(viewModel.canMerge(securite, securite)).isFalse();
        assertThat(viewModel.canMerge(securite, CodePath.parse("Pratiques/Sécurité/Équipements"))).isFalse();
    }

    private static CodeInfo info(long id, String path, long parent, int segments) {
        CodePath parsed = CodePath.parse(path);
        return new CodeInfo(new Code(id, "g" + id, parent, parsed.name(), "#4E79A7", null), parsed, segments);
    }
}
