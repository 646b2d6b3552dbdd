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
    /** {@code ccxml_logger}, folder {@code ccenter_ccxml}: call, agent and task records, decoded to typed records. */
    CCXML("ccxml"),
    /** {@code queues_logger}, folder {@code ccenter_queues}. */
    QUEUES("queues"),
    /** {@code call_control_logger}, folder {@code ccenter_call_control}. */
    CALL_CONTROL("call_control"),
    /** {@code proxy_logger}, folder {@code ccenter_proxy}. */
    PROXY("proxy"),
    /** {@code dispatch_logger}, folder {@code ccenter_dispatch}. */
    DISPATCH("dispatch"),
    /** {@code scheduler_logger}, folder {@code ccenter_scheduler}. */
    SCHEDULER("scheduler"),
    /** {@code db_logger_logger}, folder {@code ccenter_db_logger}. */
    DB_LOGGER("db_logger"),
    /** {@code alert_logger}, folder {@code ccenter_alert}. */
    ALERT("alert"),
    /** {@code update_server_logger}, folder {@code ccenter_update_server}. */
    UPDATE_SERVER("update_server"),
    /** {@code tts_logger}, folder {@code ccenter_tts}. */
    TTS("tts"),
    /** A file whose folder names no known process: every record stays raw. */
    UNKNOWN("");

    private final String processWord;

    LoggerInterface(String processWord) {
        this.processWord = processWord;
    }

    /**
     * Decodes one record of this interface.
     *
     * @param id the record id (the frame's message id)
     * @param in the reader over the frame's arguments
     * @return the typed record, or {@code null} when this interface has no typed record for it (the caller then keeps
     *     the raw bytes)
     */
    public LoggerRecord decode(int id, ArgumentReader in) {
        return this == CCXML ? CcxmlRecords.decode(id, in) : null;
    }

    /**
     * The interface of a log file, from the process folder of the CCenter layout ({@code
     * PROJECT/INSTANCE/PROCESS/CLASS/HOST/file}): {@code ccenter_ccxml} gives {@link #CCXML}, and so on. Looks at every
     * folder of the path from the file upwards and takes the first one that names a process.
     *
     * @param file a log file's path
     * @return the interface, {@link #UNKNOWN} when no folder names a known process
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

    /**
     * The interface of a process folder name such as {@code ccenter_ccxml} or {@code ccenter_queues}.
     *
     * @param processFolder the folder name, any case
     * @return the interface, {@link #UNKNOWN} for another name
     */
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
