package io.cccpexplorer.simulator;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server tests' fixture: a simulator serving one empty project, ACME, on a free loopback port, started before
 * each test and closed after it, on a clock the test moves by hand (30 s after {@link TestRecords#START}).
 *
 * <pre>{@code
 * @RegisterExtension
 * final AcmeProject acme = new AcmeProject();
 * ...
 * acme.project().database().apply(records.take());
 * acme.clock().advance(Duration.ofMinutes(1));
 * }</pre>
 */
public final class AcmeProject implements BeforeEachCallback, AfterEachCallback {

    private final MutableClock clock = new MutableClock(TestRecords.START.plusSeconds(30));
    private final UnaryOperator<SimulatorConfig.Builder> options;
    private RunningSimulator sim;

    public AcmeProject() {
        this(UnaryOperator.identity());
    }

    /** @param options more settings for the simulator (the clock, offset and project are this fixture's) */
    public AcmeProject(UnaryOperator<SimulatorConfig.Builder> options) {
        this.options = options;
    }

    /** The running project; inside a test only. */
    public RunningProject project() {
        return Objects.requireNonNull(sim, "AcmeProject is started for each test only").project("ACME");
    }

    /** The simulator's clock. */
    public MutableClock clock() {
        return clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        sim = Simulator.start(options.apply(SimulatorConfig.builder().clock(clock).serverOffset(TestRecords.OFFSET))
                .project(ProjectConfig.empty("ACME", 0)).build());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (sim != null) {
            sim.close();
            sim = null;
        }
    }
}
