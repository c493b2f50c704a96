package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Licence;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sources licence} and {@code cases licence}: record, change or take away a licence; each undoable. */
final class LicenceCommands {
    private LicenceCommands() {
    }

    /** Exactly one of --set LICENCE and --clear. */
    static final class Change {
        @Option(names = "--set", paramLabel = "LICENCE", required = true, description = "cc-by, cc-by-sa, cc-by-nc, "
                + "cc-by-nc-sa, cc-by-nd, cc-by-nc-nd, cc0, public-domain, licence-ouverte, none (all rights "
                + "reserved), unknown (rights not established).")
        String licence;

        @Option(names = "--clear", required = true, description = "Take the licence away (none recorded).")
        boolean clear;
    }

    abstract static class Base implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @ArgGroup(exclusive = true, multiplicity = "0..1") Change change;

        Base(Cli cli) {
            this.cli = cli;
        }

        abstract void set(ProjectStore store, Licence licence);

        /** The licence now recorded for NAME, its origin ({@code source}, {@code case} or null) and its case. */
        abstract Map<String, Object> show(ProjectStore store);

        @Override
        public Integer call() {
            Licence wanted = change == null || change.clear ? null : Licence.find(change.licence)
                    .orElseThrow(() -> new UsageException("bad_licence", change.licence,
                            Licence.ids(java.util.List.of(Licence.values()))));
            Map<String, Object> shown;
            if (change == null) {
                try (ProjectStore store = cli.openForReading(project, "licence")) {
                    shown = show(store);
                }
            } else {
                try (ProjectStore store = cli.open(project, "licence")) {
                    set(store, wanted);
                    shown = show(store);
                }
                if (wanted == null) {
                    cli.say("licence_cleared", name);
                } else {
                    cli.say("licence_set", name, wanted.label());
                }
            }
            if (cli.json()) {
                cli.printJson(shown);
            } else if (change == null) {
                cli.out().println(shown.get("licence") == null ? "" : shown.get("licence"));
            }
            return 0;
        }
    }

    @Command(name = "licence", description = "Show, record (--set) or take away (--clear) a source's own licence; a "
            + "source without one takes its case's.")
    static final class OfSource extends Base {
        OfSource(Cli cli) {
            super(cli);
        }

        @Override
        void set(ProjectStore store, Licence licence) {
            store.licences().setForSource(name, licence);
        }

        @Override
        Map<String, Object> show(ProjectStore store) {
            store.sources().get(name); // an unknown source is named, whatever the command does
            var recorded = store.licences().bySource().get(name);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("source", name);
            out.put("licence", recorded.effective() == null ? null : recorded.effective().id());
            out.put("from", recorded.from());
            out.put("case", recorded.caseName());
            return out;
        }
    }

    @Command(name = "licence", description = "Show, record (--set) or take away (--clear) a case's licence, which "
            + "its sources without their own take.")
    static final class OfCase extends Base {
        OfCase(Cli cli) {
            super(cli);
        }

        @Override
        void set(ProjectStore store, Licence licence) {
            store.licences().setForCase(name, licence);
        }

        @Override
        Map<String, Object> show(ProjectStore store) {
            Licence licence = store.licences().ofCase(name);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("case", name);
            out.put("licence", licence == null ? null : licence.id());
            return out;
        }
    }
}
