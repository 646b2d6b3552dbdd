package io.cccpexplorer.simulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The default ports of {@code scripts/differential.sh} stay below Linux's ephemeral range (32768-60999, the
 * kernel's default {@code ip_local_port_range}): a port in that range may be held by any program's outgoing
 * connection, or sit in TIME_WAIT, and then the vendor's dispatch or our simulator cannot bind it.
 */
class DifferentialPortsTest {

    private static final int FIRST_EPHEMERAL = 32768;
    private static final Pattern DEFAULT = Pattern.compile("(\\w+_PORT)=\\$\\{\\1:-(\\d+)}");

    @Test
    void defaultPortsAreBelowTheEphemeralRange() throws IOException {
        String script = Files.readString(Path.of("scripts/differential.sh"));
        Map<String, Integer> defaults = new LinkedHashMap<>();
        Matcher m = DEFAULT.matcher(script);
        while (m.find()) {
            defaults.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertThat(defaults).containsOnlyKeys("PEER_PORT", "SIM_PORT", "BASE_PORT");
        assertThat(defaults.values()).allSatisfy(port -> assertThat(port).isBetween(1024, FIRST_EPHEMERAL - 1));
        assertThat(script).as("the header's defaults").doesNotContain("35700", "35701", "35702");
    }
}
