package io.cccpexplorer.report;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpLoginException;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.MessageTrace;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.report.ReportArguments.Mode;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One run of {@code cccp-report}: parse, connect, query (or a batch of queries), print, and return the exit code.
 * Streams and clocks are injected so that the tests run it in-process.
 *
 * <p>{@code -timeout} bounds the whole run: connect attempts, login and the answer share one {@link RunDeadline}
 * (with {@code -batch}: the connection gets one, then each query its own).
 */
public final class ReportCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_ARGUMENTS = 2;
    public static final int EXIT_CANNOT_CONNECT = 5;
    public static final int EXIT_TIMEOUT = 6;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final String program;
    private final InputStream stdin;
    private final LongSupplier nanoTime;

    public ReportCommand(PrintStream out, PrintStream err, Clock clock, String program) {
        this(out, err, clock, program, System.in, System::nanoTime);
    }

    /**
     * @param clock    the wall clock of field expressions ({@code duration(row.create_date)})
     * @param stdin    where {@code -batch -} reads its queries
     * @param nanoTime the monotonic clock of {@code -timeout}
     */
    public ReportCommand(PrintStream out, PrintStream err, Clock clock, String program, InputStream stdin,
                         LongSupplier nanoTime) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.program = program;
        this.stdin = stdin;
        this.nanoTime = nanoTime;
    }

    public int run(String[] args) {
        ReportArguments.Parsed parsed = ReportArguments.parse(args);
        if (parsed instanceof ReportArguments.ShowUsage) {
            ReportUsage.usage(err, program);
            return EXIT_OK;
        } else if (parsed instanceof ReportArguments.ShowVersion) {
            out.println(ReportUsage.VERSION);
            return EXIT_OK;
        } else if (parsed instanceof ReportArguments.ShowHelp) {
            ReportUsage.help(out, program);
            return EXIT_OK;
        } else if (parsed instanceof ReportArguments.Invalid invalid) {
            return invalid(invalid);
        }
        ReportArguments a = ((ReportArguments.Run) parsed).arguments();
        if (a.batch() != null) {
            return new BatchRun(this, a, args).run();
        }
        ReportQuery query;
        try {
            query = query(a);
        } catch (IllegalArgumentException e) {
            err.println(ReportUsage.logLine(e.getMessage()));
            return EXIT_BAD_ARGUMENTS;
        }
        RunDeadline deadline = RunDeadline.start(a.timeout(), nanoTime);
        try (CccpClient client = CccpClient.create(new CccpClientOptions(1))) {
            CccpConnection conn;
            try {
                conn = connect(client, a, deadline);
            } catch (ConnectFailure f) {
                return f.exitCode();
            }
            try {
                RowPrinter printer = RowPrinter.of(out, clock, query.columns(), a, 0);
                if (a.follow() && a.mode() == Mode.LIST && !query.columns().isEmpty()) {
                    query.follow(conn, printer);
                } else {
                    query.run(conn, printer, deadline);
                }
                return EXIT_OK;
            } catch (RuntimeException e) {
                return failed(e, "");
            } finally {
                conn.close();
            }
        } finally {
            out.flush();
        }
    }

    int invalid(ReportArguments.Invalid invalid) {
        for (String m : invalid.messages()) {
            err.println(invalid.badArgument() ? m : ReportUsage.logLine(m));
        }
        ReportUsage.usage(err, program);
        return EXIT_BAD_ARGUMENTS;
    }

    /** @throws IllegalArgumentException a {@code -fields} expression does not parse */
    static ReportQuery query(ReportArguments a) {
        List<FieldExpression> columns = a.fields() == null ? List.of() : FieldExpression.parseList(a.fields());
        return new ReportQuery(a, columns);
    }

    /**
     * Connects and logs in within the deadline.
     *
     * @throws ConnectFailure after printing why (bad login, cannot connect, timeout), with the exit code
     */
    CccpConnection connect(CccpClient client, ReportArguments a, RunDeadline deadline) throws ConnectFailure {
        ConnectionOptions options = ConnectionOptions.defaults()
                .withRequestTimeout(a.timeout())
                // one attempt may use the whole run; the deadline below ends the attempts together
                .withHandshakeTimeout(a.timeout())
                .withInitialConnectAttempts(a.connectAttempts())
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withReconnect(a.follow())
                .withTrace(a.verbose() ? new VerboseTrace(err) : MessageTrace.NONE);
        try {
            return Await.within(client.connect(ServerAddress.of(a.host(), a.port()),
                    Credentials.of(a.login(), a.password()), options), deadline,
                    "login to " + a.host() + ":" + a.port());
        } catch (CccpLoginException e) {
            err.println(ReportUsage.logLine("bad login : " + e.reason()));
            throw new ConnectFailure(EXIT_OK);
        } catch (CccpTimeoutException e) {
            err.println(ReportUsage.logLine(e.getMessage()));
            throw new ConnectFailure(EXIT_TIMEOUT);
        } catch (RuntimeException e) {
            err.println(ReportUsage.logLine("Can't connect to server ( " + a.host() + ":" + a.port() + " )"));
            throw new ConnectFailure(EXIT_CANNOT_CONNECT);
        }
    }

    /** Prints why a query failed (prefixed, e.g. with its batch line) and returns the exit code. */
    int failed(RuntimeException e, String prefix) {
        err.println(ReportUsage.logLine(prefix + e.getMessage()));
        return e instanceof CccpTimeoutException ? EXIT_TIMEOUT : EXIT_CANNOT_CONNECT;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Clock clock() {
        return clock;
    }

    InputStream stdin() {
        return stdin;
    }

    LongSupplier nanoTime() {
        return nanoTime;
    }

    /** Connecting failed and the reason is printed; the run ends with this exit code. */
    static final class ConnectFailure extends Exception {
        private final int exitCode;

        ConnectFailure(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }
}
