#!/usr/bin/env bash
# bench.sh -- the project's benchmark suite in one run, one table: what, load, median, baseline, ratio.
#
# Runs each benchmark tool one after the other, each bounded by `timeout` (its whole process group, servers
# included, is killed when it overruns), all on loopback with ephemeral ports:
#   codec       benchmarks/ JMH ObjectResponseBenchmark (decode on the channel path, one-shot decode; baseline:
#               reading every byte of the same frame, the floor of any decoder)
#   model       cccp-client's test-source bench.ClientBenchmark: the four dashboard views over one connection
#               against four separate cccp-report processes one by one (what the original dashboard did per
#               refresh), the vendor's ccenter_report instead when CCCP_PEER names cccp-peer.sh; push latency
#   model-scale cccp-client's test-source bench.ModelScaleBenchmark against `cccp-simulator --scale large` (5,000
#               agents, 200 queues, 30 min of warm-up): connect -> complete picture (second load in the JVM), then
#               live traffic: resyncs, per-change p99, the process's CPU (MODEL_SCALE_LIVE=600 for the issue's 10
#               minutes); in a full run also the previous model (the 7abd806 jar report-bench.sh builds) as baseline
#   sse         dashboard-web's load.SseLoadTool: change -> SSE frame latency for N browsers (gzip), plus one
#               stalled client: readers dropped (must be 0), the stalled one dropped, heap peak and after GC
#   api         dashboard-web's load.ApiLatencyTool: /api/users and /api/status at 5,000 agents, median, p99
#               and bytes, plain and gzip; the current dashboard jar and the previous version's (7abd806, built
#               once in a temporary tree) as separate processes against one cccp-simulator
#   first-picture  dashboard-web's test-source bench.FirstPictureTool: headless Chromium opens the 5,000-agent
#               project, navigation -> users table holding 98 % of the agents with its first screenful painted (the
#               table is windowed); same two jars, same simulator as api
#   node        dashboard-web's load.NodeScaleTool: one dashboard process holding N projects of 50 agents
#               (one multi-project simulator) and M SSE browsers: its CPU, heap after GC, RSS, drops
#               (NODE_PROJECTS / NODE_BROWSERS override the size; default 100 and 1,000, --quick 10 and 100;
#               NODE_WARM_UP the day before the dashboard connects, default 30m: a project's model holds the
#               day's calls, 256 an hour; DASH_HEAP the dashboard's -Xmx, default 2g, as for every dashboard here)
#   report      cccp-report/bench/report-bench.sh: one cccp-report process (wall, CPU) against the previous
#               version's jar, and -batch per query
#   simulator   cccp-simulator's bench.LoadBench: records/s achieved against the target rate, push latency
#   store       cccp-history's test-source bench.StoreBench: per-queue day and per-agent month reports over 30 days x
#               20,000 calls/day (STORE_DAYS / STORE_CALLS override) on H2, on MariaDB (scripts/ensure-mariadb.sh)
#               and on a SQLite copy of the same rows (the engine choice); baseline: the same figures from the raw
#               rows. The data sets are written once (cccp-history/target/history-bench/, MariaDB schema
#               cccp_bench_<days>x<calls>) and reused: a rerun only reads (the first run writes 2.6 M rows per engine)
#   import      dashboard-web's test-source bench.ImportBench: `import` records/s against the History page's
#               in-memory replay of the same day; log set: our simulator's recorded synthetic traffic, 20,000
#               calls/day, generated once into dashboard-web/target/history-bench/ (IMPORT_DAYS days imported,
#               default 1; IMPORT_LOG_DAYS days generated, default IMPORT_DAYS; IMPORT_CALLS=2000 for a day
#               small enough to profile)
#   history-live  one dashboard recording a `cccp-simulator --scale large` project (HISTORY on, embedded H2) for
#               HISTORY_LIVE_SECONDS (default 600) from its first rows written (dashboard-web/bench/
#               history-live-watch.py samples /health; it waits up to 900 s for the model's first picture and says
#               so instead of printing zeros): the recorder's queue depth, rows written/s, lost, write failures.
#               HISTORY_LIVE_AGENTS / HISTORY_LIVE_CALLS (default 5000 / 25600) shrink it for a validation run;
#               HISTORY_LIVE_WARM_UP (default 30m; 20h = late in a full day) is the day generated before it
#               connects; HISTORY_LIVE_PORT_BASE (simulator, dashboard on +1) instead of ephemeral ports;
#               SIM_HEAP (default 2g) the simulator's -Xmx: 2 GB holds 30 min of a --scale large day, not 2 h
#               (its GC then slows every answer, the console rows the recorder reads included)
# Each tool's full output is kept in target/bench/<tool>.log; the table goes to stdout and to
# target/bench/bench-<UTC time>.md. Never part of the test run.
#
# Usage: scripts/bench.sh [--quick] [--no-build]
#                         [--only codec,model,model-scale,sse,report,simulator,api,first-picture,node,store,import,
#                                 history-live]
#   --quick      short settings (small loads, few iterations): a smoke run of the suite in ~10 minutes on a
#                quiet machine; its figures are not comparable with a full run's
#   --no-build   use the jars and classes already built
# Environment: CCCP_PEER (vendor baselines), BENCH_TIMEOUT_SCALE (multiplies every time bound, default 1),
#              MODEL_SCALE_LIVE (seconds of live traffic in model-scale).
# Do not build in this tree while it runs: the tools run the jars and classes of target/ in place, and a
# `mvn -am` repackages them under the running JVMs (NoClassDefFoundError, a dead simulator, void figures).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
quick=false
build=true
only="codec,model,model-scale,sse,report,simulator,api,first-picture,node,store,import,history-live"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=true ;;
    --no-build) build=false ;;
    --only) only="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
out="$root/target/bench"
mkdir -p "$out"
scale="${BENCH_TIMEOUT_SCALE:-1}"

if $build; then
  echo "building (offline first, skipping tests) ..." >&2
  # the JMH module only when the codec benchmark runs (its JMH dependency may be missing from an offline ~/.m2)
  modules=cccp-client,cccp-simulator,dashboard-web,cccp-report,cccp-history
  profile=()
  if [[ ",$only," == *",codec,"* ]]; then modules="benchmarks,$modules"; profile=(-Pbench); fi
  # the dependency plugin by its full name: a bare prefix may resolve to an old version missing offline
  # offline first; once more online when ~/.m2 lacks something (a fresh machine lacks the dependency plugin's own
  # dependencies until one online run; Maven Central is reachable)
  build() {
    local goals=(-am -DskipTests package org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath
      -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
    mvn -B -o -q "$@" "${goals[@]}" >&2 && return 0
    echo "bench.sh: the offline build failed; once more online" >&2
    mvn -B -q "$@" "${goals[@]}" >&2
  }
  if ! build "${profile[@]}" -pl "$modules"; then
    [[ ${#profile[@]} -gt 0 ]] || exit 1
    # the rest of the suite still runs; the codec row says why it has no figure
    echo "bench.sh: the JMH module did not build, offline nor online; skipping codec" >&2
    only="${only//codec/}"
    codec_unbuilt=true
    build -pl "${modules#benchmarks,}"
  fi
fi

load1() { cut -d' ' -f1 /proc/loadavg; }
wanted() { [[ ",$only," == *",$1,"* ]]; }
rows=()
row() { # what load median baseline ratio
  rows+=("| $1 | $2 | $3 | $4 | $5 |")
}
if ${codec_unbuilt:-false}; then
  row "codec" "$(load1)" "not built (JMH not resolved, offline nor online)" "—" "—"
fi
# run NAME SECONDS CMD...: the tool's output into target/bench/NAME.log; false (and a row) when it fails or overruns
run() {
  local name="$1" seconds
  seconds="$(awk -v s="$2" -v k="$scale" 'BEGIN { printf "%d", s * k }')"
  shift 2
  echo "running $name (at most ${seconds} s) ..." >&2
  local rc=0
  timeout --kill-after=15 "$seconds" "$@" >"$out/$name.log" 2>&1 || rc=$?
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    row "$name" "$(load1)" "stopped after ${seconds} s, no figure" "—" "—"
    return 1
  elif [[ $rc -ne 0 ]]; then
    row "$name" "$(load1)" "failed (exit $rc, see target/bench/$name.log)" "—" "—"
    return 1
  fi
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "—" }'; }
speed() { # BASELINE CURRENT (times) -> "N× faster" or "N× slower"
  awk -v b="$1" -v c="$2" 'BEGIN { if (b <= 0 || c <= 0) print "—"; else if (b >= c) printf "%.2f× faster\n", b / c;
    else printf "%.2f× slower\n", c / b }'
}
fmt() { # 12345.6 -> 12,346; empty -> —
  awk -v v="$1" 'BEGIN { if (v == "") { print "—"; exit } s = sprintf("%.0f", v); r = ""
    while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } print s r }'
}

machine="$(nproc) vCPU $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- codec: JMH, medians of the iterations from its JSON result
if wanted codec; then
  if $quick; then jmh=(-f 1 -wi 4 -w 2s -i 3 -r 1s); else jmh=(-f 1 -wi 3 -w 1s -i 15 -r 1s); fi
  load="$(load1)"
  if run codec "$($quick && echo 300 || echo 900)" java -jar benchmarks/target/benchmarks.jar "${jmh[@]}" -t 1 -rf json -rff "$out/codec.json" \
      'ObjectResponseBenchmark\.(decodeWithReader|decode|baselineByteWalk)$'; then
    while IFS=$'\t' read -r what median base; do
      row "codec: $what (frames/s, baseline: byte walk of the same frame)" "$load" "$(fmt "$median")" \
        "$(fmt "$base")" "$(ratio "$median" "$base")"
    done < <(python3 - "$out/codec.json" <<'EOF'
import json, statistics, sys
runs = json.load(open(sys.argv[1]))
med = {}
for r in runs:
    key = (r["benchmark"].rsplit(".", 1)[1], r.get("params", {}).get("message", ""))
    med[key] = statistics.median(v for fork in r["primaryMetric"]["rawData"] for v in fork)
for (bench, message), value in sorted(med.items()):
    if bench != "baselineByteWalk":
        print(f"{bench} {message}\t{value}\t{med.get(('baselineByteWalk', message), 0)}")
EOF
    )
  fi
fi

# --- model at scale: ClientBenchmark (four views over one connection vs four report processes; push latency)
if wanted model; then
  if $quick; then model=(1000 400 5); rounds=3; else model=(5000 2000 5); rounds=5; fi
  cp="$(cat cccp-client/target/bench-classpath.txt):cccp-client/target/classes:cccp-client/target/test-classes"
  load="$(load1)"
  if run model "$($quick && echo 480 || echo 1800)" java -Xmx2g -Dbench.rounds="$rounds" -Dcccp.report="$root/cccp-report/bin/cccp-report" \
      -cp "$cp" io.cccpexplorer.client.bench.ClientBenchmark "${model[@]}"; then
    line="$(grep '^BENCH four-views' "$out/model.log" || true)"
    one="$(sed -n 's/.*median_ms=\([0-9]*\).*/\1/p' <<<"$line")"
    base="$(sed -n 's/.*baseline_ms=\([0-9]*\).*/\1/p' <<<"$line")"
    kind="$(sed -n 's/.*baseline=\([^ ]*\).*/\1/p' <<<"$line")"
    what="model: four dashboard views, ${model[0]} agents, one connection pipelined (ms, median of $rounds)"
    if [[ -n "$base" ]]; then
      case "$kind" in
        vendor-ccenter_report) kind="four vendor ccenter_report processes (CCCP_PEER)" ;;
        *) kind="four separate cccp-report processes" ;;
      esac
      row "$what; baseline: $kind one by one, as the original's refresh" "$load" "$(fmt "$one")" "$(fmt "$base")" "$(ratio "$base" "$one") faster"
    else
      row "$what; baseline not run" "$load" "$(fmt "$one")" "—" "—"
    fi
    line="$(grep '^BENCH push-latency' "$out/model.log" || true)"
    row "model: push latency, server change → live-list listener (µs; p99 in brackets)" "$load" \
      "$(sed -n 's/.*median_us=\([0-9]*\).*/\1/p' <<<"$line") ($(sed -n 's/.*p99_us=\([0-9]*\).*/\1/p' <<<"$line"))" "—" "—"
  fi
fi

# --- model at the size of a large center: ModelScaleBenchmark against a separate simulator process
# model_scale JAR LABEL: one run, output in target/bench/model-scale-LABEL.log
model_scale() {
  local jar="$1" label="$2" port=""
  java -jar cccp-simulator/target/cccp-simulator.jar --port 0 --project BENCH --scale large --curve flat \
    --warm-up 30m --credentials bench:bench >"$out/model-scale-simulator.log" 2>&1 &
  sim_pid=$!
  trap 'kill "$sim_pid" 2>/dev/null || true' EXIT   # an interrupted suite leaves no simulator behind
  for _ in $(seq 1 600); do
    port="$(sed -n 's/^serving project BENCH on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$out/model-scale-simulator.log" | head -n 1)"
    [[ -n "$port" ]] && break
    sleep 0.5
  done
  local rc=0
  if [[ -z "$port" ]]; then
    row "model at scale ($label)" "$(load1)" "the simulator did not start (target/bench/model-scale-simulator.log)" "—" "—"
    rc=1
  else
    # two loads on two connections, the second measured (the first one's figure is in the log: a cold JVM)
    run "model-scale-$label" "$3" java -Xmx2g -Dbench.rounds=2 -cp "$jar" \
      cccp-client/src/test/java/io/cccpexplorer/client/bench/ModelScaleBenchmark.java 127.0.0.1 "$port" bench bench \
      "$4" "$sim_pid" || rc=$?
  fi
  kill "$sim_pid" 2>/dev/null || true
  wait "$sim_pid" 2>/dev/null || true
  trap - EXIT
  return "$rc"
}
picture() { sed -n 's/^complete picture: \([0-9]*\) ms.*/\1/p' "$out/model-scale-$1.log"; }
if wanted model-scale; then
  # MODEL_SCALE_LIVE=600: the issue's 10-minute steady state (default 120 s, 20 s with --quick)
  if $quick; then live=${MODEL_SCALE_LIVE:-20}; else live=${MODEL_SCALE_LIVE:-120}; fi
  load="$(load1)"
  if model_scale cccp-report/target/cccp-report.jar current "$(( $($quick && echo 480 || echo 900) + live ))" "$live"; then
    current="$(picture current)"
    line="$(grep '^BENCH model-scale' "$out/model-scale-current.log" || true)"
    msv() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    what="model: connect → complete picture, simulator --scale large, second load in the JVM, one run (ms; the model's process $(msv picture_cpu_ms) ms CPU, the simulator's $(msv picture_server_cpu_ms) ms); live ${live} s: $(msv resyncs) resyncs, per change p99 $(msv live_p99_us) µs (max $(msv live_max_us)), the model's process $(msv cpu_pct) % of a core"
    baseline_jar="$(ls cccp-report/target/bench/baseline-*.jar 2>/dev/null | head -n 1 || true)"
    if ! $quick && [[ -n "$baseline_jar" ]] && model_scale "$baseline_jar" previous "$(( 2400 + live ))" "$live"; then
      row "$what; baseline: previous model (${baseline_jar##*baseline-})" "$load" "$(fmt "$current")" \
        "$(fmt "$(picture previous)")" "$(ratio "$(picture previous)" "$current") faster"
    else
      row "$what; previous model not run$($quick && echo " in --quick")" "$load" "$(fmt "$current")" "—" "—"
    fi
  fi
fi

# --- API / SSE at scale: SseLoadTool
if wanted sse; then
  if $quick; then sse=(--clients 20 --agents 1000 --warmup 15 --seconds 15); else
    sse=(--clients 200 --agents 5000 --warmup 75 --seconds 60); fi
  load="$(load1)"
  if run sse "$($quick && echo 240 || echo 900)" java -Xmx1g -cp dashboard-web/target/dashboard-web.jar io.cccpexplorer.dashboard.load.SseLoadTool \
      "${sse[@]}"; then
    line="$(grep 'change -> SSE frame latency' "$out/sse.log" || true)"
    cpu="$(sed -n 's/^process CPU: \([0-9.]*\)%.*/\1/p' "$out/sse.log")"
    drops="$(grep '^BENCH sse-drops' "$out/sse.log" || true)"
    if [[ -n "$drops" ]]; then
      dv() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$drops"; }
      row "SSE: ${sse[1]} reading browsers (gzip) + $(dv stalled) stalled one, ${sse[3]} agents: readers dropped (baseline: the stalled clients, which must be dropped); heap peak $(dv heap_peak_mib) MiB, $(dv heap_after_gc_mib) MiB after GC" \
        "$load" "$(dv readers_dropped) of ${sse[1]}" "$(dv stalled) stalled, $(dv stalled_still_attached) still attached" "—"
    fi
    if [[ -n "$line" ]]; then
      row "SSE: change → frame at ${sse[1]} browsers, ${sse[3]} agents (ms; p99 in brackets; whole JVM ${cpu} % of a core)" \
        "$load" "$(sed -n 's/.*median \([0-9.]*\) ms, p99 \([0-9.]*\) ms.*/\1 (\2)/p' <<<"$line")" "—" "—"
    else
      row "SSE: change → frame at ${sse[1]} browsers" "$load" "no change measured (see target/bench/sse.log)" "—" "—"
    fi
  fi
fi

# --- processes the dashboard tools measure (api, first-picture, node): started here, stopped by stop_bg
bg=()
stop_bg() {
  local p
  for p in "${bg[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${bg[@]}"; do wait "$p" 2>/dev/null || true; done
  bg=()
}
# start_simulator LOG PROJECT_COUNT ARGS...: sets sim_pid and sim_servers (PROJECT=127.0.0.1:port,...)
start_simulator() {
  local log="$1" count="$2"
  shift 2
  java -Xmx"${SIM_HEAP:-2g}" -jar cccp-simulator/target/cccp-simulator.jar --port "${sim_port:-0}" --credentials bench:bench "$@" \
    >"$log" 2>&1 &
  sim_pid=$!
  bg+=("$sim_pid")
  trap stop_bg EXIT   # an interrupted suite leaves no process behind
  sim_servers=""
  for _ in $(seq 1 1200); do
    if [[ "$(grep -c '^serving project ' "$log" || true)" -ge "$count" ]]; then
      sim_servers="$(sed -n 's/^serving project \([^ ]*\) on \(127\.0\.0\.1:[0-9]*\).*/\1=\2/p' "$log" | paste -sd, -)"
      return 0
    fi
    kill -0 "$sim_pid" 2>/dev/null || break
    sleep 0.5
  done
  return 1
}
# start_dashboard JAR LOG SERVERS: one dashboard process on a free port (dash_port when set); sets dash_pid and dash_url
start_dashboard() {
  local jar="$1" log="$2" servers="$3" port="${dash_port:-}" dir
  [[ -n "$port" ]] || port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  dir="$(mktemp -d "$out/dashboard-data.XXXXXX")"
  CCCP_PASSWORD=bench HISTORY="${dash_history:-off}" java -Xmx"${DASH_HEAP:-2g}" -Xss512k -jar "$jar" --port "$port" --simulator off \
    --servers "$servers" --cccp-login bench --data-dir "$dir" >"$log" 2>&1 &
  dash_pid=$!
  bg+=("$dash_pid")
  dash_url="http://127.0.0.1:$port"
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$dash_url/health" && return 0
    kill -0 "$dash_pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}
stop_dashboard() {
  kill "$dash_pid" 2>/dev/null || true
  wait "$dash_pid" 2>/dev/null || true
}
# the previous version's dashboard jar (7abd806), built once in a temporary tree (offline first), tests skipped
dashboard_baseline_jar() {
  local sha jar tree
  sha="$(git rev-parse --short "${BASELINE_REF:-7abd806}")"
  jar="dashboard-web/target/bench/baseline-$sha.jar"
  if [[ ! -f "$jar" ]]; then
    mkdir -p dashboard-web/target/bench
    tree="$(mktemp -d /tmp/dashboard-baseline.XXXXXX)"
    echo "building the previous dashboard ($sha) in $tree ..." >&2
    git archive "$sha" | tar -x -C "$tree"
    if ! (cd "$tree" && { mvn -B -o -q -pl dashboard-web -am -DskipTests package \
        || mvn -B -q -pl dashboard-web -am -DskipTests package; }) >&2; then
      rm -rf "$tree"
      return 1
    fi
    cp "$tree/dashboard-web/target/dashboard-web.jar" "$jar"
    rm -rf "$tree"
  fi
  echo "$jar"
}
api_figure() { # LOG PATH ACCEPT -> "median (p99), bytes"
  awk -v p="$2" -v a="$3" '$2 == "api" && index($0, "path=" p " ") && index($0, "accept=" a " ") {
      for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "%s (%s), %.0f kB\n", v["median_ms"], v["p99_ms"], v["bytes"] / 1000 }' "$1"
}
api_median() { awk -v p="$2" -v a="$3" '$2 == "api" && index($0, "path=" p " ") && index($0, "accept=" a " ") {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "median_ms") print kv[2] } }' "$1"; }

# --- API latency and a browser's first picture at 5,000 agents: this jar and the previous one, one simulator
if wanted api || wanted first-picture; then
  if $quick; then big=(1000 40 5120); requests=30; pictures=3; else big=(5000 200 25600); requests=200; pictures=5; fi
  load="$(load1)"
  baseline_dash="$(dashboard_baseline_jar || true)"
  if start_simulator "$out/api-simulator.log" 1 --project BIG --agents "${big[0]}" --queues "${big[1]}" \
      --calls-per-hour "${big[2]}" --curve flat --warm-up 30m; then
    variants=(current)
    [[ -n "$baseline_dash" ]] && variants+=(previous)
    for variant in "${variants[@]}"; do
      jar=dashboard-web/target/dashboard-web.jar
      [[ "$variant" == previous ]] && jar="$baseline_dash"
      if ! start_dashboard "$jar" "$out/api-dashboard-$variant.log" "$sim_servers"; then
        row "api ($variant dashboard)" "$(load1)" "the dashboard did not start (target/bench/api-dashboard-$variant.log)" "—" "—"
        continue
      fi
      if wanted api; then
        run "api-$variant" "$($quick && echo 600 || echo 1500)" java -cp dashboard-web/target/dashboard-web.jar \
          io.cccpexplorer.dashboard.load.ApiLatencyTool --url "$dash_url" --project BIG --agents "${big[0]}" \
          --requests "$requests" --label "$variant" || true
      fi
      if wanted first-picture; then
        run "first-picture-$variant" "$($quick && echo 600 || echo 1200)" java -cp \
          "$(cat dashboard-web/target/bench-classpath.txt):dashboard-web/target/test-classes" \
          io.cccpexplorer.dashboard.bench.FirstPictureTool "$dash_url" BIG "$pictures" "$variant" "${big[0]}" || true
      fi
      stop_dashboard
    done
    if wanted api && [[ -f "$out/api-current.log" ]]; then
      for path in /api/users /api/status; do
        for accept in identity gzip; do
          cur="$(api_median "$out/api-current.log" "$path" "$accept")"
          prev="$([[ -f "$out/api-previous.log" ]] && api_median "$out/api-previous.log" "$path" "$accept" || true)"
          row "API: $path at ${big[0]} agents, $([[ $accept == gzip ]] && echo "gzip accepted" || echo "no gzip") (ms: median (p99), size; baseline: 7abd806 jar)" \
            "$load" "$(api_figure "$out/api-current.log" "$path" "$accept")" \
            "$([[ -n "$prev" ]] && api_figure "$out/api-previous.log" "$path" "$accept" || echo "not run")" \
            "$([[ -n "$prev" && -n "$cur" ]] && speed "$prev" "$cur" || echo "—")"
        done
      done
    fi
    if wanted first-picture && [[ -f "$out/first-picture-current.log" ]]; then
      pic() { sed -n 's/^BENCH first-picture .*median_ms=\([0-9]*\).*/\1/p' "$out/first-picture-$1.log" 2>/dev/null; }
      cur="$(pic current)"
      prev="$(pic previous || true)"
      row "browser's first picture: headless Chromium, navigation → users table holding 98 % of ${big[0]} agents, first screenful painted (ms, median of $pictures, empty cache; baseline: 7abd806 jar)" \
        "$load" "$(fmt "$cur")" "$(fmt "$prev")" "$([[ -n "$prev" && -n "$cur" ]] && speed "$prev" "$cur" || echo "—")"
    fi
  else
    row "api / first-picture" "$(load1)" "the simulator did not start (target/bench/api-simulator.log)" "—" "—"
  fi
  stop_bg
  trap - EXIT
fi

# --- one node: N projects of 50 agents, M SSE browsers
if wanted node; then
  if $quick; then projects=10; browsers=100; seconds=20; else
    projects="${NODE_PROJECTS:-100}"; browsers="${NODE_BROWSERS:-1000}"; seconds=60; fi
  names="$(seq -f 'P%03g' 1 "$projects" | paste -sd, -)"
  load="$(load1)"
  if start_simulator "$out/node-simulator.log" "$projects" --project "$names" --agents 50 --queues 5 \
      --calls-per-hour 256 --curve flat --warm-up "${NODE_WARM_UP:-30m}" \
      && start_dashboard dashboard-web/target/dashboard-web.jar "$out/node-dashboard.log" "$sim_servers"; then
    if run node "$($quick && echo 600 || echo 1500)" java -Xss256k -cp dashboard-web/target/dashboard-web.jar \
        io.cccpexplorer.dashboard.load.NodeScaleTool --url "$dash_url" --pid "$dash_pid" --projects "$names" \
        --browsers "$browsers" --seconds "$seconds"; then
      line="$(grep '^BENCH node ' "$out/node.log" || true)"
      val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
      row "node: one dashboard, $projects projects × 50 agents live, $browsers SSE browsers (gzip): CPU of the dashboard process (cores), heap after GC $(val heap_after_gc_mib) MiB, RSS $(val rss_mib) MiB, $(val dropped) browsers dropped; baseline: same node before the browsers" \
        "$load" "$(val cpu_cores)" "$(val cpu_idle_cores)" "—"
    fi
  else
    row "node" "$(load1)" "the simulator or the dashboard did not start (target/bench/node-*.log)" "—" "—"
  fi
  stop_bg
  trap - EXIT
fi

# --- cccp-report per process and -batch: report-bench.sh (its baseline: the previous version's jar)
if wanted report; then
  if $quick; then runs=3; else runs=21; fi
  load="$(load1)"
  if run report "$($quick && echo 600 || echo 1800)" cccp-report/bench/report-bench.sh "$runs"; then
    stat() { awk -v v="$1" -v c="$2" '$1 == v { print $c }' "$out/report.log"; }   # median column of a variant
    # variant lines: name, wall med, (min-max), CPU med, (min-max), RSS med, (min-max)
    row "cccp-report: one process, agents query, wall (ms, median of $runs; baseline: 7abd806 jar)" "$load" \
      "$(fmt "$(stat current 2)")" "$(fmt "$(stat baseline 2)")" "$(ratio "$(stat baseline 2)" "$(stat current 2)") less"
    row "cccp-report: one process, CPU user+sys (ms; baseline: 7abd806 jar)" "$load" \
      "$(fmt "$(stat current 4)")" "$(fmt "$(stat baseline 4)")" "$(ratio "$(stat baseline 4)" "$(stat current 4)") less"
    if grep -q '^cds ' "$out/report.log"; then   # the build found a JDK 25+: what a JDK 17 alone gives too
      row "cccp-report: one process, wall, JDK 17 and its class-data-sharing archive only (CCCP_REPORT_AOT=off; ms; baseline: 7abd806 jar)" \
        "$load" "$(fmt "$(stat cds 2)")" "$(fmt "$(stat baseline 2)")" "$(ratio "$(stat baseline 2)" "$(stat cds 2)") less"
    fi
    batch="$(grep -o 'batch = [0-9]*' "$out/report.log" | grep -o '[0-9]*$' || true)"
    row "cccp-report -batch: wall per query, $batch queries in one process (ms; baseline: one process per query)" \
      "$load" "$(fmt "$(awk -v w="$(stat batch 2)" -v n="$batch" 'BEGIN { print w / n }')")" \
      "$(fmt "$(stat current 2)")" \
      "$(ratio "$(stat current 2)" "$(awk -v w="$(stat batch 2)" -v n="$batch" 'BEGIN { print w / n }')") less"
    if grep -q '^vendor ' "$out/report.log"; then
      row "cccp-report vs vendor ccenter_report: wall (ms; baseline: the vendor's binary)" "$load" \
        "$(fmt "$(stat current 2)")" "$(fmt "$(stat vendor 2)")" "$(ratio "$(stat current 2)" "$(stat vendor 2)") of vendor"
    fi
  fi
fi

# --- simulator: LoadBench
if wanted simulator; then
  if $quick; then sim=(5 2000 15); heap=-Xmx2g; else sim=(50 5000 60); heap=-Xmx3g; fi
  load="$(load1)"
  if run simulator "$($quick && echo 480 || echo 1800)" java "$heap" -cp cccp-simulator/target/cccp-simulator.jar \
      io.cccpexplorer.simulator.bench.LoadBench "${sim[@]}"; then
    rate="$(sed -n 's/^applied .*: \([0-9]*\) records\/s.*/\1/p' "$out/simulator.log")"
    latency="$(sed -n 's/^probe push latency: //p' "$out/simulator.log")"
    row "simulator: records/s applied with ${sim[0]} clients holding the four views (baseline: target rate); push latency $latency" \
      "$load" "$(fmt "$rate")" "$(fmt "${sim[1]}")" "$(ratio "$rate" "${sim[1]}")"
  fi
fi

# --- call history: reports over 30 days on H2, MariaDB and a SQLite copy (StoreBench; the data set is kept)
if wanted store; then
  if $quick; then sdays=2; scalls=2000; else sdays="${STORE_DAYS:-30}"; scalls="${STORE_CALLS:-20000}"; fi
  cp="$(cat cccp-history/target/bench-classpath.txt):cccp-history/target/classes:cccp-history/target/test-classes"
  set_name="${sdays}x${scalls}"
  mkdir -p cccp-history/target/history-bench
  for engine in h2 mysql; do
    load="$(load1)"
    if [[ $engine == h2 ]]; then
      keep=(--keep "cccp-history/target/history-bench/h2-$set_name" --sqlite "cccp-history/target/history-bench/sqlite-$set_name.db")
    else
      if ! scripts/ensure-mariadb.sh >&2; then row "history store (mysql)" "$load" "MariaDB did not start" "—" "—"; continue; fi
      keep=(--keep "cccp_bench_$set_name")
    fi
    # one-day batches while a set is first written (the same writer; the reports read the same rows)
    run "store-$engine" "$($quick && echo 600 || echo 7200)" java -Xmx3g -cp "$cp" io.cccpexplorer.history.bench.StoreBench \
      "$engine" "$sdays" "$scalls" 200 8 --window 1440 "${keep[@]}" || continue
    while read -r line; do
      v() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
      row "history store ($(v engine)): per-queue day report (15 min) / per-agent month report, $sdays days × $scalls calls/day, 200 agents, 8 queues (ms, median of 15; baseline: the same figures from the raw calls and intervals)" \
        "$load" "$(v queue_day_ms) / $(v agent_month_ms)" "$(v raw_queue_day_ms) / $(v raw_agent_month_ms)" \
        "$(ratio "$(v raw_queue_day_ms)" "$(v queue_day_ms)") / $(ratio "$(v raw_agent_month_ms)" "$(v agent_month_ms)") less"
      row "history store ($(v engine)): per-agent month report from the month rows (+ day rows for the partial month), $sdays days × $scalls calls/day (ms, median of 15; baseline: the same report from the day rows only, timed in turns with it)" \
        "$load" "$(v agent_month_ms)" "$(v agent_month_dayrows_ms)" "$(ratio "$(v agent_month_dayrows_ms)" "$(v agent_month_ms)") less"
    done < <(grep '^BENCH store ' "$out/store-$engine.log")
  done
fi

# --- call history: log import records/s against the History page's replay of the same day (ImportBench)
if wanted import; then
  if $quick; then idays=1; icalls=2000; else idays="${IMPORT_DAYS:-1}"; icalls="${IMPORT_CALLS:-20000}"; fi
  cp="$(cat dashboard-web/target/bench-classpath.txt):dashboard-web/target/classes:dashboard-web/target/test-classes"
  load="$(load1)"
  if run import "$($quick && echo 900 || echo 7200)" java -Xmx3g -cp "$cp" io.cccpexplorer.dashboard.bench.ImportBench \
      "dashboard-web/target/history-bench/logs-$icalls" "${IMPORT_LOG_DAYS:-$idays}" "$idays" "$icalls"; then
    line="$(grep '^BENCH import ' "$out/import.log" || true)"
    v() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    row "history import: $idays day(s) × $icalls calls/day of simulator logs, $(fmt "$(v records)") records into embedded H2 (records/s; baseline: the History page's in-memory replay of the same day)" \
      "$load" "$(fmt "$(v import_records_per_s)")" "$(fmt "$(v replay_records_per_s)")" \
      "$(ratio "$(v import_records_per_s)" "$(v replay_records_per_s)")"
  fi
fi

# --- call history: the live write path under simulator --scale large (queue depth over time; nothing lost)
if wanted history-live; then
  if $quick; then lsec=120; else lsec="${HISTORY_LIVE_SECONDS:-600}"; fi
  # HISTORY_LIVE_AGENTS / HISTORY_LIVE_CALLS shrink the project for a validation run (default: --scale large as is)
  lagents="${HISTORY_LIVE_AGENTS:-5000}"; lcalls="${HISTORY_LIVE_CALLS:-25600}"
  lqueues=$(( lagents < 200 ? lagents : 200 ))
  # HISTORY_LIVE_WARM_UP: how much of the day the simulator generates at once before the dashboard connects (its
  # calls reach the recorder in the model's first picture); 20h measures the live path at the cost of a late, full day
  lwarm="${HISTORY_LIVE_WARM_UP:-30m}"
  # HISTORY_LIVE_PORT_BASE: simulator on it, dashboard on it + 1 (default: ephemeral ports), for a shared machine
  # where each user keeps to a port range
  lbase="${HISTORY_LIVE_PORT_BASE:-}"
  load="$(load1)"
  if sim_port="${lbase:-0}" start_simulator "$out/history-live-simulator.log" 1 --project LARGE --scale large \
        --agents "$lagents" --queues "$lqueues" --calls-per-hour "$lcalls" --curve flat --warm-up "$lwarm" \
      && dash_port="${lbase:+$((lbase + 1))}" dash_history=on start_dashboard dashboard-web/target/dashboard-web.jar \
        "$out/history-live-dashboard.log" "$sim_servers"; then
    # the watcher waits for the first rows written (the model's first picture) up to 900 s, then measures lsec;
    # it reads the dashboard's CPU time from /proc/<pid>/stat over the same window
    run history-live "$((lsec + 1200))" python3 dashboard-web/bench/history-live-watch.py "$dash_url" "$lsec" 900 \
      "$dash_pid" || true
    line="$(grep '^BENCH history-live ' "$out/history-live.log" || true)"
    v() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    what="history live: one dashboard recording simulator --scale large ($lagents agents, $lqueues queues, $lcalls calls/h flat, warm-up $lwarm) into embedded H2"
    if [[ "$(v status)" == ok ]]; then
      row "$what for $(v seconds) s from its first rows written ($(v first_rows_after_s) s after start): rows written/s; recorder queue first → last sample (max in the second half), lost, write failures, dashboard CPU (no backlog growth = the queue does not grow, 0 lost)" \
        "$load → $(load1)" "$(v written_per_s) rows/s; queue $(v queued_first) → $(v queued_last) (max $(v queued_max_second_half)), $(v lost) lost, $(v failures) failures, CPU $(v cpu_pct) %" "—" "—"
    else
      row "$what" "$load" "no figure: $(v status) (target/bench/history-live.log)" "—" "—"
    fi
  else
    row "history live" "$(load1)" "the simulator or the dashboard did not start (target/bench/history-live-*.log)" "—" "—"
  fi
  stop_bg
  trap - EXIT
fi

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
table="$out/bench-$(date -u '+%Y%m%dT%H%MZ').md"
{
  echo "Benchmark suite ($($quick && echo quick || echo full) run), $started; machine: $machine"
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after"
  echo
  echo "| what | load (1 min) | median | baseline | ratio |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$table"
echo "table written to ${table#"$root"/}; each tool's output in target/bench/<tool>.log" >&2
