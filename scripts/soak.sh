#!/usr/bin/env bash
# Fuzz/soak run of the simulator and the client (README "Reliability"); never part of the tests.
# Builds cccp-client and its test classes offline (tests skipped), then runs
# io.cccpexplorer.client.soak.FuzzSoakTool on loopback, bounded in count and time. Arguments are passed on
# (name=value: seconds, connections, clientAttempts, halfSent, slowReaders, restarts, seed; see the class).
# Writes the summary to target/soak/soak-<time>.md and the log to target/soak/soak-<time>.log.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/target/soak"
mkdir -p "$out"
soak_build=(-pl cccp-client -am -DskipTests package
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath
  -Dmdep.outputFile=target/soak-classpath.txt -Dmdep.includeScope=test)
# offline first, online once when ~/.m2 lacks the plugin's own dependencies (a fresh machine)
mvn -B -o -q "${soak_build[@]}" >&2 || mvn -B -q "${soak_build[@]}" >&2
cp="$(cat cccp-client/target/soak-classpath.txt):cccp-client/target/classes:cccp-client/target/test-classes"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
timeout "${SOAK_TIMEOUT:-1800}" java -Xmx1g -cp "$cp" io.cccpexplorer.client.soak.FuzzSoakTool "$@" \
  > "$out/soak-$stamp.md" 2> "$out/soak-$stamp.log"
cat "$out/soak-$stamp.md"
echo "log: $out/soak-$stamp.log" >&2
