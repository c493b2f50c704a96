package org.terrain.app.ui.speakers;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.model.SpeakerRole;
import org.terrain.corpus.store.SpeakerInfo;

/**
 * « Locuteurs » : the speaker labels of one source, or of the whole project, with their turn counts and
 * whether each is an interviewer (whose speech statistics leave out). {@code ENQ} is one unless said otherwise.
 * Marking or unmarking a label is one action of the operation log, so Ctrl+Z takes it back; a choice made for
 * one source overrides the project's for that source. FX thread only.
 */
public final class SpeakersViewModel {
    /** What the dialog shows of the project: the sources to choose from and the labels of the scope. */
    private record Read(String scope, List<String> sources, List<SpeakerRow> rows) {
    }

    private final ProjectSession session;
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<SpeakerRow> rows = FXCollections.observableArrayList();
    /** The source whose labels are shown, or null for the whole project. */
    private final ObjectProperty<String> scope = new SimpleObjectProperty<>();
    private boolean active;

    public SpeakersViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> {
            if (active) {
                load();
            }
        });
        scope.addListener((observable, before, now) -> load());
    }

    /** Starts showing the labels of {@code source} (null: the whole project); reads again after every change. */
    public void open(String source) {
        active = true;
        if (java.util.Objects.equals(scope.get(), source)) {
            load();
        } else {
            scope.set(source);
        }
    }

    /** The dialog is closed: nothing to read after changes any more. */
    public void close() {
        active = false;
    }

    private void load() {
        String asked = scope.get();
        session.read(store -> new Read(asked, store.sources().names(), rows(store.sources().speakerInfo(asked))),
                read -> {
                    if (java.util.Objects.equals(read.scope(), scope.get())) {
                        sources.setAll(read.sources());
                        rows.setAll(read.rows());
                    }
                });
    }

    private static List<SpeakerRow> rows(List<SpeakerInfo> infos) {
        List<SpeakerRow> out = new ArrayList<>();
        for (SpeakerInfo info : infos) {
            out.add(new SpeakerRow(info.label(), info.turns(), info.role() == SpeakerRole.INTERVIEWER));
        }
        return out;
    }

    /** Marks (or unmarks) a label as interviewer in the scope shown: one undoable action. */
    public void setInterviewer(String label, boolean interviewer) {
        String in = scope.get();
        SpeakerRole role = interviewer ? SpeakerRole.INTERVIEWER : SpeakerRole.PARTICIPANT;
        session.change(UiText.get("task.speakers"), store -> {
            store.sources().setRole(in, List.of(label), role);
            return label;
        }, done -> UiText.get(interviewer ? "status.speaker_interviewer" : "status.speaker_participant", label,
                in == null ? UiText.get("speakers.scope.project") : in));
    }

    /** The sources that have a scope of their own, in name order. */
    public ObservableList<String> sources() {
        return sources;
    }

    public ObservableList<SpeakerRow> rows() {
        return rows;
    }

    public ObjectProperty<String> scopeProperty() {
        return scope;
    }
}
