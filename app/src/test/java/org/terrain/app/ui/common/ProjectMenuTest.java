package org.terrain.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectMenuTest {
    @Test
    void aProjectNameBecomesAFolderNameWithoutSeparators() {
        assertThat(ProjectMenu.folderName("Thèse : chimie/Lyon")).isEqualTo("Thèse - chimie-Lyon");
        assertThat(ProjectMenu.folderName("Vallée de la chimie")).isEqualTo("Vallée de la chimie");
        assertThat(ProjectMenu.folderName("..")).isEqualTo("projet");
    }
}
