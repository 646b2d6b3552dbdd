#!/usr/bin/env bash
# The SSE load tool (load.SseLoadTool) on this version and on the previous version's jar, in one sitting, rounds
# interleaved (previous, current, current, previous, ...) so both see the same machine load. Prints one markdown
# row per run (what README "Load test" shows) and keeps each run's full output in target/bench/sse-*.log.
#
# Usage: dashboard-web/bench/sse-compare.sh   (build first: mvn -B -q -pl dashboard-web -am -DskipTests package)
# Environment: BASELINE_REF (default 7abd806), ROUNDS (2), CLIENTS (200), AGENTS (5000), WARMUP (75), MEASURE (60 s),
#   ALERTS (busy: the current version's --alerts), CURRENT_ARGS (--stalled 0 --no-gzip: the same 200 plain reading
#   clients as the previous tool, which has neither stalled clients nor gzip), HEAP (2g, both versions: the 200
#   readers share the JVM and hold multi-MB snapshot lines), CURRENT_JAR / BASELINE_JAR.
# The baseline is built from git once per commit in a temporary folder (mvn package -o, tests skipped; never
# installed). A tool, never part of the tests; loopback only.
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

sha="$(git rev-parse --short "$baseline_ref")"
baseline_jar="${BASELINE_JAR:-$work/sse-baseline-$sha.jar}"
if [[ ! -f "$baseline_jar" ]]; then
  tree="$(mktemp -d /tmp/sse-baseline.XXXXXX)"
  echo "building the previous version ($sha) in $tree ..." >&2
  git archive "$baseline_ref" | tar -x -C "$tree"
  (cd "$tree" && mvn -B -o -q -pl dashboard-web -am -DskipTests -Dcccp.report.cds.skip package) >&2
  cp "$tree/dashboard-web/target/dashboard-web.jar" "$baseline_jar"
  rm -rf "$tree"
fi

# value of "name: ..." lines of the tool's report
field() { sed -n "$2" "$1" | head -1; }

echo "SSE load, previous ($sha) vs current ($(git rev-parse --short HEAD)); $(nproc) vCPU, $(java -version 2>&1 | head -1)"
echo "| run | version | load average before (uptime) | frames/s | change → frame median | p99 | CPU (one core = 100 %) | heap after GC | alert frames per client |"
echo "|---|---|---|---|---|---|---|---|---|"
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
    per="$(field "$log" 's/^alerts: .*(\([0-9.]*\) per client)/\1/p')"
    echo "| $round | $variant | $load | ${rate:-?} | ${median:-?} ms | ${p99:-?} ms | ${cpu:-?} % | ${heap:-?} MiB | ${per:-—} |"
  done
done
echo "load average after: $(uptime | sed 's/.*load average: //')"
