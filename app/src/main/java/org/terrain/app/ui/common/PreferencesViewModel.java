package org.terrain.app.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.terrain.app.project.UserIdentity;
import org.terrain.corpus.model.Identity;

/**
 * « Édition › Préférences… » and the first start's question: who the user is. The name typed is kept with an
 * id made once ({@link UserIdentity}); every change the app makes from then on carries it (the open project is
 * told at once). Without a saved identity (the first start, or tests) the suggestion stands: the system's full
 * name or login. FX thread only.
 */
public final class PreferencesViewModel {
    private final UserIdentity saved;
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanBinding nameBlank = Bindings.createBooleanBinding(
            () -> name.get() == null || name.get().isBlank(), name);
    private Consumer<Identity> onChanged = identity -> { };
    private Identity identity;
    private boolean asked;

    /** @param saved where the identity is kept; null keeps it for the session only (tests) */
    public PreferencesViewModel(UserIdentity saved) {
        this.saved = saved;
        Optional<Identity> known = saved == null ? Optional.empty() : saved.saved();
        this.asked = known.isPresent();
        this.identity = known.orElseGet(() -> Identity.named(UserIdentity.suggestedName()));
        name.set(identity.name());
    }

    /** True until the user has said who they are once: the first start asks. */
    public boolean firstStart() {
        return !asked;
    }

    /** Who the app's changes are made by. */
    public Identity identity() {
        return identity;
    }

    /** The name in the dialog, filled with the current one each time it opens ({@link #edit}). */
    public StringProperty nameProperty() {
        return name;
    }

    /** A blank name cannot be kept: the dialog's OK waits for one. */
    public BooleanBinding nameBlankProperty() {
        return nameBlank;
    }

    /** The dialog opens: it shows the name in force. */
    public void edit() {
        name.set(identity.name());
    }

    /** The dialog was answered: the name typed becomes the user's (a blank one keeps the current name). */
    public void save() {
        String typed = name.get() == null ? "" : name.get().strip();
        String kept = typed.isEmpty() ? identity.name() : typed;
        identity = saved == null ? new Identity(identity.id(), kept) : saved.save(kept);
        asked = true;
        name.set(identity.name());
        onChanged.accept(identity);
    }

    /** Who hears of a new identity: the window, which hands it to the open project. */
    void setOnChanged(Consumer<Identity> handler) {
        this.onChanged = handler;
    }
}
