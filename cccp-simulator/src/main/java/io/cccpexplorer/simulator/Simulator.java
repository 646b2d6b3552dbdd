package io.cccpexplorer.simulator;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CCCP server that behaves like ccenter_dispatch, for tests, demos and benchmarks:
 *
 * <pre>{@code
 * try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder()
 *         .project(ProjectConfig.empty("DEMO", 0)).build())) {
 *     int port = sim.project("DEMO").port();
 * }
 * }</pre>
 */
public final class Simulator {

    private static final Logger log = LoggerFactory.getLogger(Simulator.class);

    private Simulator() {
    }

    /** Starts every project of {@code config}; if one fails, the ones already started are stopped. */
    public static RunningSimulator start(SimulatorConfig config) throws Exception {
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("cccp-sim-accept", true),
                config.transport().ioHandlerFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("cccp-sim-io", true),
                config.transport().ioHandlerFactory());
        Map<String, ProjectRuntime> projects = new LinkedHashMap<>();
        Runnable shutdown = () -> {
            projects.values().forEach(ProjectRuntime::close);
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        };
        try {
            for (ProjectConfig p : config.projects()) {
                ProjectRuntime runtime = new ProjectRuntime(p, config);
                projects.put(p.name(), runtime);
                runtime.start(config.bindAddress(), boss, workers);
                log.info("project {} on {}:{}: {}; {}", p.name(), config.bindAddress(), runtime.port(), p.describe(),
                        config.credentials().isEmpty() ? "any login accepted"
                                : config.credentials().size() + " accepted logins");
            }
        } catch (Exception e) {
            shutdown.run();
            throw e;
        }
        return new RunningSimulator(projects, shutdown);
    }
}
