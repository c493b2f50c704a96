package org.terrain.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add code Pratiques/Sécurité|création du code « Pratiques/Sécurité »",
        "rename code Pratiques/Sécurité to Risques|renommage de « Pratiques/Sécurité » en « Risques »",
        "describe code Rapport au travail|modification du code « Rapport au travail »",
        "move code Sécurité to Pratiques|déplacement de « Sécurité » sous « Pratiques »",
        "move code Pratiques/Sécurité to /|déplacement de « Pratiques/Sécurité » à la racine",
        "merge code Transmission into Pratiques/Sécurité|fusion de « Transmission » dans « Pratiques/Sécurité »",
        "delete code Pratiques|suppression du code « Pratiques »",
        "code Pratiques/Sécurité on martine.txt: 1 segment(s)|codage avec « Pratiques/Sécurité » dans « martine.txt »",
        "code Pratiques/Sécurité on martine.txt: 3 segment(s)|codage de 3 passages avec « Pratiques/Sécurité » dans « martine.txt »",
        "uncode segment 12|retrait d’un codage",
        "memo on segment 12|mémo d’un segment",
        "import karim.txt|import de « karim.txt »",
        "correct martine.txt: 3 change(s)|correction du texte de « martine.txt »",
        "edit martine.txt 10:12|correction du texte de « martine.txt »",
        "speakers PB -> interviewer in all sources|rôle de PB",
        "case Martine|création du cas « Martine »",
        "case Martine: âge = 54|valeur de « âge » pour le cas « Martine »",
        "attribute âge (integer)|création de l’attribut « âge »",
        "source martine.txt -> case Martine|rattachement de « martine.txt » à un cas",
        "cases table: 2 case(s), 3 attribute(s)|import du tableau des cas",
        "something new the app does not know|something new the app does not know"})
    void theEnginesSummariesAreWordedInFrench(String summary, String french) {
        assertThat(OperationText.describe(summary)).isEqualTo(french);
    }
}
