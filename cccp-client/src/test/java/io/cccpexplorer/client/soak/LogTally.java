package io.cccpexplorer.client.soak;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Counts what the simulator and the client logged during a run, and whether anything died: an {@link Error}
 * (stack overflow, out of memory) logged or thrown out of a thread counts as a crash.
 */
final class LogTally extends AppenderBase<ILoggingEvent> {

    private final AtomicLong warnings = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong fatal = new AtomicLong();
    private final Map<String, Long> byLogger = new TreeMap<>();

    static LogTally install() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogTally tally = new LogTally();
        tally.setContext(context);
        tally.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(tally);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            tally.fatal.incrementAndGet();
            System.err.println("UNCAUGHT in " + t.getName() + ": " + e);
        });
        return tally;
    }

    @Override
    protected void append(ILoggingEvent e) {
        if (e.getLevel().isGreaterOrEqual(Level.ERROR)) {
            errors.incrementAndGet();
        } else if (e.getLevel().isGreaterOrEqual(Level.WARN)) {
            warnings.incrementAndGet();
        } else {
            return;
        }
        String logger = e.getLoggerName().substring(e.getLoggerName().lastIndexOf('.') + 1);
        synchronized (byLogger) {
            byLogger.merge(logger + " " + e.getLevel(), 1L, Long::sum);
        }
        String text = e.getFormattedMessage();
        if (isFatal(e.getThrowableProxy()) || text.contains("StackOverflowError")
                || text.contains("OutOfMemoryError")) {
            fatal.incrementAndGet();
        }
    }

    private static boolean isFatal(IThrowableProxy t) {
        for (IThrowableProxy p = t; p != null; p = p.getCause()) {
            if (p.getClassName().endsWith("Error") && !p.getClassName().endsWith("CodecError")) {
                return true;
            }
        }
        return false;
    }

    long warnings() {
        return warnings.get();
    }

    long errors() {
        return errors.get();
    }

    long fatal() {
        return fatal.get();
    }

    Map<String, Long> byLogger() {
        synchronized (byLogger) {
            return new TreeMap<>(byLogger);
        }
    }
}
