package io.cccpexplorer.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpLoginException;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListEntry;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.MessageTrace;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.Value;
import io.cccpexplorer.report.ReportArguments.Mode;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of {@code cccp-report}: parse, connect, query, print, and return the exit code. Streams and clock are
 * injected so that the golden tests run it in-process.
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

    public ReportCommand(PrintStream out, PrintStream err, Clock clock, String program) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.program = program;
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
            for (String m : invalid.messages()) {
                err.println(invalid.badArgument() ? m : ReportUsage.logLine(m));
            }
            ReportUsage.usage(err, program);
            return EXIT_BAD_ARGUMENTS;
        }
        ReportArguments a = ((ReportArguments.Run) parsed).arguments();
        List<FieldExpression> columns;
        try {
            columns = a.fields() == null ? List.of() : FieldExpression.parseList(a.fields());
        } catch (IllegalArgumentException e) {
            err.println(ReportUsage.logLine(e.getMessage()));
            return EXIT_BAD_ARGUMENTS;
        }
        try (CccpClient client = CccpClient.create(new CccpClientOptions(1))) {
            return report(client, a, columns);
        } finally {
            out.flush();
        }
    }

    private int report(CccpClient client, ReportArguments a, List<FieldExpression> columns) {
        ConnectionOptions options = ConnectionOptions.defaults()
                .withRequestTimeout(a.timeout())
                // a short -timeout is for silent queries; logging in gets at least 5 s
                .withHandshakeTimeout(a.timeout().compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5)
                        : a.timeout())
                .withInitialConnectAttempts(a.connectAttempts())
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withReconnect(a.follow())
                .withTrace(a.verbose() ? new VerboseTrace(err) : MessageTrace.NONE);
        CccpConnection conn;
        try {
            conn = await(client.connect(ServerAddress.of(a.host(), a.port()), Credentials.of(a.login(), a.password()),
                    options), a.timeout().multipliedBy(a.connectAttempts() + 1L));
        } catch (CccpLoginException e) {
            err.println(ReportUsage.logLine("bad login : " + e.reason()));
            return EXIT_OK;
        } catch (CccpTimeoutException e) {
            err.println(ReportUsage.logLine(e.getMessage()));
            return EXIT_TIMEOUT;
        } catch (RuntimeException e) {
            err.println(ReportUsage.logLine("Can't connect to server ( " + a.host() + ":" + a.port() + " )"));
            return EXIT_CANNOT_CONNECT;
        }
        try {
            ListQuery query = ListQuery.of(a.objectId(), a.mode() == Mode.CONTENT ? "content" : a.field())
                    .filter(a.filter()).path(a.path());
            RowFormat format = columns.isEmpty() ? null : formatOf(columns);
            if (a.follow() && a.mode() == Mode.LIST && format != null) {
                return follow(conn, query, format, columns, a);
            }
            switch (a.mode()) {
                case COUNT -> out.println(await(conn.listIds(query), a.timeout()).size());
                case CONTENT -> printRow(await(conn.object(a.objectId(), format, a.path()), a.timeout()), columns, a,
                        null);
                case LIST -> {
                    if (format == null) {
                        for (ListEntry e : await(conn.listEntries(query), a.timeout())) {
                            printId(e, a);
                        }
                    } else {
                        for (Row row : await(conn.listRows(query, format), a.timeout())) {
                            printRow(row, columns, a, null);
                        }
                    }
                }
                default -> throw new IllegalStateException("mode " + a.mode());
            }
            return EXIT_OK;
        } catch (CccpTimeoutException e) {
            err.println(ReportUsage.logLine(e.getMessage()));
            return EXIT_TIMEOUT;
        } catch (RuntimeException e) {
            err.println(ReportUsage.logLine(e.getMessage()));
            return EXIT_CANNOT_CONNECT;
        } finally {
            conn.close();
        }
    }

    private int follow(CccpConnection conn, ListQuery query, RowFormat format, List<FieldExpression> columns,
                       ReportArguments a) {
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "cccp-report-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        LiveList live = conn.liveList(query, format, new LiveListListener() {
            @Override
            public void onAdded(Row row) {
                printRow(row, columns, a, "added");
            }

            @Override
            public void onUpdated(Row previous, Row current) {
                printRow(current, columns, a, "updated");
            }

            @Override
            public void onRemoved(Row row) {
                printRow(row, columns, a, "removed");
            }
        });
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            live.close();
        }
        return EXIT_OK;
    }

    private static RowFormat formatOf(List<FieldExpression> columns) {
        Set<String> paths = new LinkedHashSet<>();
        columns.forEach(c -> paths.addAll(c.paths()));
        if (paths.isEmpty()) {
            paths.add("object_id");
        }
        return RowFormat.of(new ArrayList<>(paths));
    }

    private void printId(ListEntry e, ReportArguments a) {
        String id = Integer.toUnsignedString(e.objectId());
        if (a.json()) {
            ObjectNode node = JSON.createObjectNode();
            node.put("object_id", e.objectId() & 0xFFFF_FFFFL);
            if (!e.path().isEmpty()) {
                node.put("path", e.path());
            }
            println(node);
        } else {
            out.print(e.path().isEmpty() ? id + a.separator() : id + "@" + e.path() + a.separator());
            out.print('\n');
        }
    }

    private synchronized void printRow(Row row, List<FieldExpression> columns, ReportArguments a, String change) {
        if (a.json()) {
            ObjectNode node = JSON.createObjectNode();
            node.put("object_id", row.objectId() & 0xFFFF_FFFFL);
            if (change != null) {
                node.put("change", change);
            }
            for (FieldExpression c : columns) {
                putJson(node, c.source(), c.evaluate(row, clock.instant()), a.rawDates());
            }
            println(node);
            return;
        }
        StringBuilder line = new StringBuilder();
        if (change != null) {
            line.append(change).append(a.separator());
        }
        for (FieldExpression c : columns) {
            line.append(ReportValueText.render(c.evaluate(row, clock.instant()), a.rawDates())).append(a.separator());
        }
        out.print(line);
        out.print('\n');
        out.flush();
    }

    private static void putJson(ObjectNode node, String key, Object v, boolean rawDates) {
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                node.put(key, d.longValue());
            } else {
                node.put(key, d);
            }
        } else if (v instanceof Boolean b) {
            node.put(key, b);
        } else if (v instanceof String s) {
            node.put(key, s);
        } else if (v instanceof Value.DateValue d) {
            if (d.isNil()) {
                node.putNull(key);
            } else if (rawDates) {
                node.put(key, d.value().epochSecondsWithFraction());
            } else {
                node.put(key, d.toOffsetDateTime().toString());
            }
        } else {
            node.putNull(key);
        }
    }

    private void println(ObjectNode node) {
        try {
            out.print(JSON.writeValueAsString(node));
            out.print('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Waits for a stage, with a deadline beyond the request's own, and unwraps its failure. */
    private static <T> T await(CompletionStage<T> stage, Duration timeout) {
        try {
            return stage.toCompletableFuture().get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new CccpConnectionException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (TimeoutException e) {
            throw new CccpTimeoutException("no answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CccpConnectionException("interrupted");
        }
    }
}
