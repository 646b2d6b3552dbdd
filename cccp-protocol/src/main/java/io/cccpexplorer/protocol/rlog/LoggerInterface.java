package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecords;
import io.cccpexplorer.protocol.arguments.ArgumentReader;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The logger interface a log file speaks (wire spec §4.6, §4.8). Record ids overlap between interfaces (1, 2 and 3
 * everywhere, 100 is {@code session_create} for ccxml and {@code session_add} for queues), so the interface must
 * be known before a record can be decoded; CCenter tells it by the process folder of the file
 * ({@code .../ccenter_ccxml/Ccxml/host/log_....log}).
 *
 * <p>Only {@link #CCXML} has typed records; the other interfaces decode to {@link RawLoggerRecord}.
 */
public enum LoggerInterface {
    CCXML("ccxml"),
    QUEUES("queues"),
    CALL_CONTROL("call_control"),
    PROXY("proxy"),
    DISPATCH("dispatch"),
    SCHEDULER("scheduler"),
    DB_LOGGER("db_logger"),
    ALERT("alert"),
    UPDATE_SERVER("update_server"),
    TTS("tts"),
    /** A file whose folder names no known process: every record stays raw. */
    UNKNOWN("");

    private final String processWord;

    LoggerInterface(String processWord) {
        this.processWord = processWord;
    }

    /**
     * The typed record for {@code id}, or {@code null} when this interface has no typed record for it (the caller
     * then keeps the raw bytes).
     */
    public LoggerRecord decode(int id, ArgumentReader in) {
        return this == CCXML ? CcxmlRecords.decode(id, in) : null;
    }

    /**
     * The interface of a log file, from the process folder of the CCenter layout
     * ({@code PROJECT/INSTANCE/PROCESS/CLASS/HOST/file}): {@code ccenter_ccxml} → {@link #CCXML}, and so on.
     * Looks at every folder of the path from the file upwards and takes the first one that names a process.
     */
    public static LoggerInterface ofFile(Path file) {
        for (Path p = file.toAbsolutePath().getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
            LoggerInterface found = ofProcess(p.getFileName().toString());
            if (found != UNKNOWN) {
                return found;
            }
        }
        return UNKNOWN;
    }

    /** The interface of a process folder name such as {@code ccenter_ccxml} or {@code ccenter_queues}. */
    public static LoggerInterface ofProcess(String processFolder) {
        String name = processFolder.toLowerCase(Locale.ROOT);
        if (!name.startsWith("ccenter_")) {
            return UNKNOWN;
        }
        String word = name.substring("ccenter_".length());
        for (LoggerInterface candidate : values()) {
            if (candidate != UNKNOWN && word.equals(candidate.processWord)) {
                return candidate;
            }
        }
        return UNKNOWN;
    }
}
