package io.cccpexplorer.protocol.rlog;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One process's stream of log files in the CCenter logger layout
 * {@code ROOT/PROJECT/INSTANCE/PROCESS/CLASS/HOST/log_YYYY_MM_DD__HH_00_00.log}, e.g.
 * {@code Logger/ACME/_/ccenter_ccxml/Ccxml/host1/}. One source = one folder = one file per UTC hour.
 *
 * @param project  the project folder, e.g. {@code ACME}
 * @param instance the instance folder, {@code _} for the default instance
 * @param process  the process folder, e.g. {@code ccenter_ccxml}; it decides the {@link LoggerInterface}
 * @param logClass the class folder, e.g. {@code Ccxml}
 * @param host     the host folder, the machine the process runs on
 */
public record LogSource(String project, String instance, String process, String logClass, String host) {

    /**
     * Checks that every part is a plain folder name.
     *
     * @param project the project folder, e.g. {@code ACME}
     * @param instance the instance folder, {@code _} for the default instance
     * @param process the process folder, e.g. {@code ccenter_ccxml}
     * @param logClass the class folder, e.g. {@code Ccxml}
     * @param host the host folder
     * @throws IllegalArgumentException if a part is empty or not a single folder name
     */
    public LogSource {
        requireFolderName(project, "project");
        requireFolderName(instance, "instance");
        requireFolderName(process, "process");
        requireFolderName(logClass, "logClass");
        requireFolderName(host, "host");
    }

    /**
     * The source of a {@code ccenter_ccxml} process of {@code project} on {@code host}, default instance.
     *
     * @param project the project folder
     * @param host the host folder
     * @return the source
     */
    public static LogSource ccxml(String project, String host) {
        return new LogSource(project, "_", "ccenter_ccxml", "Ccxml", host);
    }

    /**
     * The folder of this source under the logger root.
     *
     * @param root the logger root
     * @return {@code root/PROJECT/INSTANCE/PROCESS/CLASS/HOST}
     */
    public Path folder(Path root) {
        return root.resolve(project).resolve(instance).resolve(process).resolve(logClass).resolve(host);
    }

    /**
     * The logger interface the process folder names.
     *
     * @return the interface its files speak
     */
    public LoggerInterface loggerInterface() {
        return LoggerInterface.ofProcess(process);
    }

    private static void requireFolderName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.equals(".") || value.equals("..") || value.contains("/") || value.contains("\\")) {
            throw new IllegalArgumentException(what + ": '" + value + "' (expected: a plain folder name)");
        }
    }
}
