package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code java -jar dashboard-web.jar import --project P --logs DIR --from 2026-02-01 --to 2026-02-28}: past days of
 * a Logger directory into the configured call history (same store settings as the dashboard).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import days of a Logger directory into the call history (resumable: imported days are "
                + "skipped unless --force; importing again changes nothing).")
public final class ImportCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    DashboardMain parent;

    @Option(names = "--project", required = true, description = "Project (the Logger folder's name).")
    String project;

    @Option(names = "--logs", required = true, description = "Logger directory (holding one folder per project).")
    Path logs;

    @Option(names = "--from", required = true, description = "First local day, YYYY-MM-DD.")
    LocalDate from;

    @Option(names = "--to", description = "Last local day, YYYY-MM-DD (default: --from).")
    LocalDate to;

    @Option(names = "--force", description = "Import days already imported again.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        LocalDate last = to == null ? from : to;
        if (last.isBefore(from)) {
            System.err.println("import: --to " + last + " is before --from " + from);
            return 2;
        }
        if (!Files.isDirectory(logs)) {
            System.err.println("import: " + logs + " is not a directory");
            return 2;
        }
        DashboardConfig config = parent.settings().toConfig();
        HistorySettings settings = config.history().enabled() ? config.history()
                : config.history().withEnabled();
        try (HistoryService history = HistoryService.open(settings, config.dataDir(), config.mysql(), config.clock(),
                config.historySlots())) {
            List<LogImport.DayResult> days = new LogImport(history, System.err).run(project, logs, from, last, force);
            long calls = days.stream().mapToLong(LogImport.DayResult::calls).sum();
            System.out.printf("imported %d day(s) of %s: %,d calls%n", days.stream().filter(d -> !d.skipped()).count(),
                    project, calls);
            return 0;
        }
    }
}
