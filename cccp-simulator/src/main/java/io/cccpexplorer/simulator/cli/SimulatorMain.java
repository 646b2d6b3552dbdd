package io.cccpexplorer.simulator.cli;

import io.cccpexplorer.simulator.RunningProject;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * {@code java -jar cccp-simulator.jar --port 20103 --project DEMO}: serves one or more simulated dispatches until
 * Ctrl-C. Exit code 2 for bad options, 1 if the server cannot start.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "cccp-simulator-logback.xml");
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), true);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Parses, starts and (if {@code block}) waits for shutdown. Returns the exit code; without blocking it stops the
     * simulator right after printing the banner (for tests).
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean block) {
        SimulatorOptions options = new SimulatorOptions();
        CommandLine cli = new CommandLine(options).setOut(out).setErr(err);
        SimulatorConfig config;
        try {
            Path configFile = findConfig(args);
            if (configFile != null) {
                cli.setDefaultValueProvider(new ConfigFile(configFile));
            }
            cli.parseArgs(args);
            if (cli.isUsageHelpRequested()) {
                cli.usage(out);
                return 0;
            }
            if (cli.isVersionHelpRequested()) {
                out.println("cccp-simulator (server version 2.10.0.12)");
                return 0;
            }
            config = options.toConfig();
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            cli.usage(err);
            return 2;
        } catch (Exception e) {
            err.println("bad options: " + e.getMessage());
            return 2;
        }
        RunningSimulator sim;
        try {
            sim = Simulator.start(config);
        } catch (Exception e) {
            err.println("cannot start: " + e.getMessage());
            return 1;
        }
        String auth = config.credentials().isEmpty() ? "any login accepted"
                : "logins checked (" + config.credentials().size() + " accepted)";
        for (RunningProject p : sim.projects()) {
            out.printf("serving project %s on %s:%d: %s; %s%n", p.name(), config.bindAddress(), p.port(),
                    p.config().describe(), auth);
        }
        out.flush();
        if (!block) {
            sim.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping");
            out.flush();
            sim.close();
            stopped.countDown();
        }, "cccp-sim-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The value of {@code --config}, read before parsing because it supplies the defaults. */
    private static Path findConfig(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
        }
        return null;
    }
}
