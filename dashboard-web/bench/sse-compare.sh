#!/usr/bin/env bash
# The SSE load tool (load.SseLoadTool) on this version and on the previous version's jar, in one sitting, rounds
# interleaved (previous, current, current, previous, ...) so both see the same machine load. Prints one markdown
# row per run (what README "Load test" shows) and keeps each run's full output in target/bench/sse-*.log.
#
# Then (SAME_DAY=1, the default; 0 skips it) both versions once more as processes against one standalone
# cccp-simulator, so both stream the same simulated day (see the second table).
#
# Usage: dashboard-web/bench/sse-compare.sh
#   (build first: mvn -B -q -pl cccp-simulator,dashboard-web -am -DskipTests package)
# Environment: BASELINE_REF (default 7abd806), ROUNDS (2), CLIENTS (200), AGENTS (5000), WARMUP (75), MEASURE (60 s),
#   ALERTS (busy: the current version's --alerts), CURRENT_ARGS (--stalled 0 --no-gzip: the same 200 plain reading
#   clients as the previous tool, which has neither stalled clients nor gzip), HEAP (2g, both versions: the 200
#   readers share the JVM and hold multi-MB snapshot lines), CURRENT_JAR / BASELINE_JAR.
# The baseline is built from git once per commit in a temporary folder (mvn package, tests skipped; never
# installed; 7abd806 needs io.netty:netty-codec 4.2.18, which an offline repository may lack: the build may then
# fetch it once). A tool, never part of the tests; loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."

baseline_ref="${BASELINE_REF:-7abd806}"
rounds="${ROUNDS:-2}"
args=(--clients "${CLIENTS:-200}" --agents "${AGENTS:-5000}" --warmup "${WARMUP:-75}" --seconds "${MEASURE:-60}")
alerts="${ALERTS:-busy}"
work="target/bench"
mkdir -p "$work"

current_jar="${CURRENT_JAR:-dashboard-web/target/dashboard-web.jar}"
[[ -f "$current_jar" ]] || { echo "build first: mvn -B -q -pl dashboard-web -am -DskipTests package" >&2; exit 2; }
# a copy: a build during the run (mvn -am repackages the jars) must not pull a running JVM's jar away
cp "$current_jar" "$work/sse-current.jar"
current_jar="$work/sse-current.jar"

sha="$(git rev-parse --short "$baseline_ref")"
baseline_jar="${BASELINE_JAR:-$work/sse-baseline-$sha.jar}"
if [[ ! -f "$baseline_jar" ]]; then
  tree="$(mktemp -d /tmp/sse-baseline.XXXXXX)"
  echo "building the previous version ($sha) in $tree ..." >&2
  git archive "$baseline_ref" | tar -x -C "$tree"
  (cd "$tree" && { mvn -B -o -q -pl dashboard-web -am -DskipTests -Dcccp.report.cds.skip package \
    || mvn -B -q -pl dashboard-web -am -DskipTests -Dcccp.report.cds.skip package; }) >&2
  cp "$tree/dashboard-web/target/dashboard-web.jar" "$baseline_jar"
  rm -rf "$tree"
fi

# value of "name: ..." lines of the tool's report
field() { sed -n "$2" "$1" | head -1; }

echo "SSE load, previous ($sha) vs current ($(git rev-parse --short HEAD)); $(nproc) vCPU, $(java -version 2>&1 | head -1)"
echo "| run | version | load average before (uptime) | model | frames/s | change → frame median | p99 | CPU (one core = 100 %) | heap after GC | frames per reader per second by type |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
  if (( round % 2 )); then order=(previous current); else order=(current previous); fi
  for variant in "${order[@]}"; do
    log="$work/sse-$variant-$round.log"
    load="$(uptime | sed 's/.*load average: //')"
    if [[ "$variant" == previous ]]; then jar="$baseline_jar"; extra=()
    else jar="$current_jar"; extra=(--alerts "$alerts" ${CURRENT_ARGS---stalled 0 --no-gzip}); fi
    timeout $(( ${WARMUP:-75} + ${MEASURE:-60} + 300 )) java "-Xmx${HEAP:-2g}" -cp "$jar" \
      io.cccpexplorer.dashboard.load.SseLoadTool "${args[@]}" "${extra[@]}" >"$log" 2>&1 || true
    rate="$(field "$log" 's/^frames delivered: .*(\([0-9]*\)\/s.*/\1/p')"
    median="$(field "$log" 's/^change -> SSE frame latency: median \([0-9.]*\) ms.*/\1/p')"
    p99="$(field "$log" 's/.* p99 \([0-9.]*\) ms.*/\1/p')"
    cpu="$(field "$log" 's/^process CPU: \([0-9.]*\)%.*/\1/p')"
    heap="$(field "$log" 's/^heap: .* \([0-9][0-9]*\) MiB after GC.*/\1/p')"
    model="$(field "$log" 's/^project: [^,]*, source [^,]*, \(.*\) in the model$/\1/p')"
    types="$(field "$log" 's/^frames per client per second by type: *//p')"
    echo "| $round | $variant | $load | ${model:-?} | ${rate:-?} | ${median:-?} ms | ${p99:-?} ms | ${cpu:-?} % | ${heap:-?} MiB | ${types:-— (alert frames per client: $(field "$log" 's/^alerts: .*(\([0-9.]*\) per client)/\1/p'))} |"
  done
done
echo "load average after: $(uptime | sed 's/.*load average: //')"

# --- the same day for both versions (SAME_DAY=1, the default): the embedded simulator above is each version's own
# and the two grew apart (the current one streams a busier day), so the two versions are also run as processes,
# in turn, against ONE standalone cccp-simulator (bench.sh's api row: 5,000 agents, 200 queues, 25,600 calls/hour,
# flat curve, 30 min warm-up), read by this version's tool (--url: the same 200 readers; latency = each event's
# age when read, from its whole-second "time", so real delay + 0-1 s; CPU and RSS of the dashboard process).
[[ "${SAME_DAY:-1}" == 1 ]] || exit 0
sim_jar=cccp-simulator/target/cccp-simulator.jar
[[ -f "$sim_jar" ]] || { echo "SAME_DAY: build the simulator first: mvn -B -q -pl cccp-simulator -am -DskipTests package" >&2; exit 2; }
pids=()
cleanup() { local p; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }
trap cleanup EXIT
# copies: a build during the run (mvn -am repackages the simulator) must not pull a running JVM's jar away
cp "$sim_jar" "$work/sse-same-day-simulator.jar"
sim_log="$work/sse-same-day-simulator.log"
java -Xmx2g -jar "$work/sse-same-day-simulator.jar" --port 0 --credentials bench:bench --project BIG --agents "${AGENTS:-5000}" --queues 200 \
  --calls-per-hour 25600 --curve flat --warm-up 30m >"$sim_log" 2>&1 &
pids+=($!)
servers=""
for _ in $(seq 1 1200); do
  servers="$(sed -n 's/^serving project \([^ ]*\) on \(127\.0\.0\.1:[0-9]*\).*/\1=\2/p' "$sim_log" | paste -sd, -)"
  [[ -n "$servers" ]] && break
  sleep 0.5
done
[[ -n "$servers" ]] || { echo "the simulator did not start ($sim_log)" >&2; exit 1; }
busy="$(java -cp "$current_jar" io.cccpexplorer.dashboard.load.SseLoadTool --print-alerts "$alerts")"
echo
echo "Same simulated day: one cccp-simulator ($servers), each dashboard a process against it in turn"
echo "| run | version | load average before (uptime) | model | frames/s (per reader) | event age when read: median | p99 | dashboard CPU (one core = 100 %) | RSS | frames per reader per second by type | readers streaming at the end, dropped |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for variant in previous current; do
  log="$work/sse-same-day-$variant.log"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  data="$(mktemp -d "$work/sse-dashboard-data.XXXXXX")"
  if [[ "$variant" == previous ]]; then jar="$baseline_jar"; extra=(); else jar="$current_jar"; extra=(--alerts "$busy"); fi
  CCCP_PASSWORD=bench HISTORY=off java "-Xmx${HEAP:-2g}" -Xss512k -jar "$jar" --port "$port" --simulator off \
    --servers "$servers" --cccp-login bench --data-dir "$data" "${extra[@]}" >"$work/sse-same-day-dashboard-$variant.log" 2>&1 &
  dash=$!
  pids+=("$dash")
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.5; done
  load="$(uptime | sed 's/.*load average: //')"
  timeout $(( ${WARMUP:-75} + ${MEASURE:-60} + 900 )) java -Xmx1g -cp "$current_jar" \
    io.cccpexplorer.dashboard.load.SseLoadTool --url "http://127.0.0.1:$port" --project BIG --pid "$dash" \
    "${args[@]}" --no-gzip >"$log" 2>&1 || true
  kill "$dash" 2>/dev/null || true
  wait "$dash" 2>/dev/null || true
  rate="$(field "$log" 's/^frames delivered: .*(\([0-9]*\)\/s.*/\1/p')"
  model="$(field "$log" 's/^dashboard: .*; \(.*\)$/\1/p')"
  median="$(field "$log" 's/^event age when read.*: median \([0-9]*\) ms.*/\1/p')"
  p99="$(field "$log" 's/.* p99 \([0-9]*\) ms.*/\1/p')"
  cpu="$(field "$log" 's/^dashboard CPU: \([0-9.]*\)%.*/\1/p')"
  rss="$(field "$log" 's/.*RSS \([0-9]*\) MiB.*/\1/p')"
  types="$(field "$log" 's/^frames per client per second by type: *//p')"
  drops="$(field "$log" 's/^clients: [0-9]* requested, \([0-9]*\) streaming.*/\1/p'), $(field "$log" 's/.*readers_dropped=\([0-9]*\).*/\1/p')"
  per=""; [[ -n "$rate" ]] && per=" ($(( rate / ${CLIENTS:-200} )))"
  echo "| same day | $variant | $load | ${model:-?} | ${rate:-?}$per | ${median:-?} ms | ${p99:-?} ms | ${cpu:-?} % | ${rss:-?} MiB | ${types:-?} | ${drops:-?} |"
done
echo "load average after: $(uptime | sed 's/.*load average: //')"
