package org.terrain.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.Identity;

class UserIdentityTest {
    @TempDir
    Path temp;

    @Test
    void nothingIsSavedBeforeTheFirstAnswerThenTheIdStaysWhenTheNameChanges() {
        UserIdentity identity = UserIdentity.in(temp.resolve("home"));
        assertThat(identity.saved()).isEmpty();

        Identity first = identity.save("Marie");
        assertThat(first.id()).isNotBlank();
        assertThat(UserIdentity.in(temp.resolve("home")).saved()).contains(first);

        Identity renamed = identity.save("  Marie Dupont-Lefèvre ");
        assertThat(renamed).isEqualTo(new Identity(first.id(), "Marie Dupont-Lefèvre"));
        assertThat(UserIdentity.in(temp.resolve("home")).saved()).contains(renamed);
    }

    @Test
    void anUnreadableFileIsNoIdentityAndAnUnwritableOneKeepsItForTheSession() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.createDirectories(home.resolve(UserIdentity.FILE)); // a folder where the file should be
        UserIdentity identity = UserIdentity.in(home);
        assertThat(identity.saved()).isEmpty();
        assertThat(identity.save("Marie").name()).isEqualTo("Marie");
    }

    @Test
    void theFullNameComesFromTheUserDatabaseElseNothing() throws Exception {
        Path passwd = Files.writeString(temp.resolve("passwd"), """
                root:x:0:0:root:/root:/bin/bash
                marie:x:1000:1000:Marie Dupont,,,:/home/marie:/bin/bash
                paul:x:1001:1001::/home/paul:/bin/sh
                """, StandardCharsets.UTF_8);
        assertThat(UserIdentity.fullName(passwd, "marie")).contains("Marie Dupont");
        assertThat(UserIdentity.fullName(passwd, "paul")).isEmpty();
        assertThat(UserIdentity.fullName(passwd, "nobody")).isEmpty();
        assertThat(UserIdentity.fullName(temp.resolve("absent"), "marie")).isEmpty();
    }
}
