package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.protocol.rlog.LogFile;
import io.cccpexplorer.protocol.rlog.LoggerDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the Logger folder offers: projects, and per project the local days and hours that have log files, read from
 * the file names only (nothing is opened). Paths are only ever built by {@link LoggerDirectory} walking the root;
 * a project name from a request is compared with the folder names found, never joined to a path.
 */
final class LogCatalog {

    private final LoggerDirectory directory;
    private final ZoneId zone;

    LogCatalog(Path root, ZoneId zone) {
        this.directory = new LoggerDirectory(root);
        this.zone = zone;
    }

    /** Every project with its days, newest day first. */
    List<ProjectDays> projects() throws IOException {
        List<ProjectDays> out = new ArrayList<>();
        for (String project : directory.projects()) {
            out.add(days(project, directory.files(project)));
        }
        return out;
    }

    boolean hasProject(String project) throws IOException {
        return directory.projects().contains(project);
    }

    /** The files of the key's window, oldest hour first. */
    List<LogFile> files(SnapshotKey key, HourWindow window) throws IOException {
        return window.select(directory.files(key.project()));
    }

    private ProjectDays days(String project, List<LogFile> files) {
        Map<LocalDate, TreeSet<Integer>> hours = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (LogFile f : files) {
            ZonedDateTime local = f.hour().atZone(zone);
            hours.computeIfAbsent(local.toLocalDate(), d -> new TreeSet<>()).add(local.getHour());
            counts.merge(local.toLocalDate(), 1, Integer::sum);
            // a file of a half-hour zone also covers the next local hour
            ZonedDateTime lastMinute = f.endOfHour().minusSeconds(1).atZone(zone);
            hours.computeIfAbsent(lastMinute.toLocalDate(), d -> new TreeSet<>()).add(lastMinute.getHour());
        }
        List<Day> days = new ArrayList<>();
        hours.forEach((date, set) -> days.add(new Day(date, counts.getOrDefault(date, 0), List.copyOf(set))));
        return new ProjectDays(project, days);
    }

    /** A project and the local days it has logs for. */
    record ProjectDays(String project, List<Day> days) {
    }

    /** One local day: how many hourly files start on it and which local hours have records. */
    record Day(LocalDate date, int files, List<Integer> hours) {
    }
}
