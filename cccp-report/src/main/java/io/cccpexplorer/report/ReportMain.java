package io.cccpexplorer.report;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * {@code cccp-report}: a drop-in for the vendor's {@code ccenter_report} (same options, messages, exit codes and
 * byte-identical output), with a deadline instead of waiting forever. Output bytes are ISO-8859-1, so values
 * pass through exactly as the server sent them.
 */
public final class ReportMain {

    /**
     * System properties a short-lived CLI wants before any library class initialises; each one can still be set
     * on the command line ({@code CCCP_REPORT_JAVA_OPTS}).
     */
    private static final Map<String, String> DEFAULTS = Map.of(
            // stdout carries the rows: library logs go to stderr, errors only
            "org.slf4j.simpleLogger.defaultLogLevel", "error",
            "org.slf4j.simpleLogger.logFile", "System.err",
            // the provider named, not searched for with a ServiceLoader scan of the jar; quietly
            "slf4j.provider", "org.slf4j.simple.SimpleServiceProvider",
            "slf4j.internal.verbosity", "WARN",
            // Netty's optional JFR buffer events load about 150 classes of jdk.jfr for nothing
            "io.netty.jfr.enabled", "false",
            // one process, one connection: no leak sampling, and no scan of the network interfaces for a
            // machine id that only has to tell channels of this process apart
            "io.netty.leakDetection.level", "disabled",
            "io.netty.machineId", "00:00:00:00:00:00:00:01",
            // one connection's buffers: the pooling allocator's arenas and caches are set-up for nothing
            "io.netty.allocator.type", "unpooled");

    private ReportMain() {
    }

    public static void main(String[] args) {
        configureProperties();
        // buffered: one write per 64 KiB, not two per row; live and batch output flush what is complete
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.ISO_8859_1);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.ISO_8859_1);
        String program = System.getProperty("cccp.report.name", "cccp-report");
        int code = new ReportCommand(out, err, Clock.systemUTC(), program).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Sets the {@link #DEFAULTS} that are not set yet. */
    public static void configureProperties() {
        DEFAULTS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }
}
