package app.leadkeeper.cli;

import app.leadkeeper.backup.BackupCommand;
import app.leadkeeper.backup.RestoreCommand;
import app.leadkeeper.bench.BenchCommand;
import app.leadkeeper.demo.DemoCommand;
import app.leadkeeper.exporting.ExportCommand;
import app.leadkeeper.importing.ImportCommand;
import app.leadkeeper.importing.SpendImportCommand;
import app.leadkeeper.privacy.EraseCommand;
import app.leadkeeper.reports.ReportCommand;
import app.leadkeeper.scoring.RescoreCommand;
import java.util.List;

/** The commands of this version of the command line. */
public final class Commands {
    private Commands() {}

    public static Cli cli() {
        return new Cli(List.of(
                new ImportCommand(),
                new SpendImportCommand(),
                new ExportCommand(),
                new ReportCommand(),
                new RescoreCommand(),
                new BackupCommand(),
                new RestoreCommand(),
                new DemoCommand(),
                new BenchCommand(),
                new EraseCommand()));
    }
}
