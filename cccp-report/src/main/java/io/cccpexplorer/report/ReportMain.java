package io.cccpexplorer.report;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * {@code cccp-report}: a drop-in for the vendor's {@code ccenter_report} (same options, messages, exit codes and
 * byte-identical output), with a deadline instead of waiting forever. Output bytes are ISO-8859-1, so values
 * pass through exactly as the server sent them.
 */
public final class ReportMain {

    private ReportMain() {
    }

    public static void main(String[] args) {
        // stdout carries the rows: library logs go to stderr, errors only (set before any logger exists)
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.ISO_8859_1);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.ISO_8859_1);
        String program = System.getProperty("cccp.report.name", "cccp-report");
        int code = new ReportCommand(out, err, Clock.systemUTC(), program).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
