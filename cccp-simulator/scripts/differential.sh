#!/usr/bin/env bash
# differential.sh -- OPT-IN fidelity check against the vendor's real programs. Never part of .ci/run.
#
# Runs every query of a query set (default: differential-queries.txt beside this script) three times:
#   REF     the vendor's ccenter_report   -> the vendor's ccenter_dispatch   (the reference)
#   SERVER  the vendor's ccenter_report   -> our simulator                   (must print exactly REF)
#   CLIENT  our cccp-report               -> the vendor's ccenter_dispatch   (must print exactly REF)
# Both servers replay the same Logger days (cccp-peer.sh's public sample days), loaded in the same order, with the
# same TZ. Nothing is masked: object ids, dates and every value must be identical. Prints each failing query with
# a short diff, then "N passed, M failed".
#
# The sample days hold personal data (phone numbers): every output lives in a temporary directory that is deleted
# on exit. Never commit, copy or paste it; turn what you learn into synthetic tests.
#
# USAGE (as root, after `cccp-peer.sh setup` and `mvn -DskipTests package`)
#   CCCP_PEER=/work/shared/tools/cccp-peer.sh cccp-simulator/scripts/differential.sh [QUERY_FILE] [NAME_REGEX]
# ENVIRONMENT
#   CCCP_PEER     path of cccp-peer.sh (required; without it the script says "skipped" and exits 0)
#   CCBIN         as for cccp-peer.sh (default /tmp/ccbin): the vendor programs and the replay Logger tree
#   PEER_PORT=25700 SIM_PORT=25701   loopback ports of the vendor dispatch and our simulator (defaults below
#                                      Linux's ephemeral range, 32768-60999: an outgoing connection of any program
#                                      may hold a port of that range, and a port in TIME_WAIT cannot be bound)
#   DAYS="2026_02_08 2026_02_09"     days loaded, in this order, into both servers
#   QUERY_TIMEOUT=15                  seconds per client run (a server that never answers is a failure)
#   SHOW_DIFF=1                        print the diffs (0: names only)
#   BENCH=N                            instead of the checks: time the dashboard's four queries (agents, all sessions
#                                      with active_queues, calls, queues) N times per server with the vendor's
#                                      ccenter_report run directly, not through cccp-peer.sh (one process per query,
#                                      servers interleaved, taking turns at going first), print the median and
#                                      quartiles per query and server, and the load average (`uptime`); with
#                                      tcpdump (cccp-peer.sh setup installs it) also each server's own time per
#                                      session from a capture: from each client segment to the server's next one;
#                                      and each server process's CPU and context switches per session over the
#                                      timed runs (/proc/PID/task/*/schedstat and status: all its threads)
#   BASELINE_JAR=path                  with BENCH: also a second simulator from this jar (e.g. a copy of the previous
#                                      build; run by plain `java -jar`, without the launcher's JVM options) on
#                                      BASE_PORT (default 25702), same replay, interleaved with the other two:
#                                      an A/B of two simulator versions in the same run, under the same load
#   BASELINE_LAUNCHER=1                with BASELINE_JAR: run the baseline through this tree's bin/cccp-simulator
#                                      (same JVM options as ours), so that the A/B compares the code alone;
#                                      BASELINE_JAVA_OPTS are its CCCP_SIMULATOR_JAVA_OPTS (ours come from the
#                                      environment), so the same jar can be compared under two sets of JVM options
#   SIM_ARGS="..."                     more options for our simulator (e.g. --transport nio, --warm-sessions 0):
#                                      with BASELINE_JAR, the same jar under other options is an A/B of those options
#   BENCH_ORDER=query|refresh          with BENCH: query (default) interleaves the servers process by process, each
#                                      query in turn on every server; refresh runs a round's four queries back to
#                                      back on one server, then on the next, as the original dashboard's refresh ran
#                                      its four ccenter_report processes; either way a last line sums each round's
#                                      four per server (the refresh a supervisor waits for). Each ratio of medians
#                                      comes with its 95 % interval [lo-hi], the rounds resampled (bootstrap)
#   BENCH_WARM=N                       with BENCH: first N untimed rounds of the four queries on every server (the
#                                      servers as a script finds them after a while, not just after their start)
#   BASELINE_JAVA_HOME=dir             with BASELINE_LAUNCHER=1: the baseline runs on this JDK (an A/B of two JVMs)
#   STEPS=1                            with BENCH: also each server's time per step of a session (from the
#                                      capture; a line of medians, then one of means, which add up to the process's
#                                      mean): initialize -> connection_ok, login -> login_ok, query_list -> the list,
#                                      the object answers summed; then the client's own share: its connect (SYN) ->
#                                      its initialize (the server's accept and set-up share the client's core
#                                      meanwhile), its own time from each answer to its next request (last: its end of
#                                      stream), its start (process start -> SYN) and its end (its FIN -> the process's
#                                      exit); last, outside the sum, its FIN -> the server's: the vendor client reads
#                                      once without waiting after its shutdown(SHUT_WR), so it does not wait for that
#   FOLLOW=1                           instead of the checks: live updates. Both servers start with the first day only;
#                                      our cccp-report -follow holds each query of differential-follow.txt on both,
#                                      then both get load_day for the next days; when the followers fall quiet the
#                                      two outputs of each query must be identical (list actions, object deltas)
#   SYNTHETIC=1                        instead of the sample days, replay a day our own simulator records first
#                                      (agents only: logins, state changes, logouts; seed 11) in both servers,
#                                      with differential-queries-synthetic.txt as the default query set. The
#                                      sample days are months old and never leave a state: this is what checks
#                                      today's statistics and the duration statistics after state changes.
#   SYNTHETIC=1 FOLLOW=1 WARM_UP=17h   live updates on our own recording: a warm-up that crosses midnight records
#                                      two days (WARM_UP must be longer than the time since midnight UTC: 18h after
#                                      17:00; shorter, the recording is one day and nothing crosses midnight); both servers start with the first, the followers hold
#                                      differential-follow.txt, then both load the second day, whose records continue
#                                      the sessions, calls and tasks of the first (a paced replay inside one day cannot
#                                      be compared: the vendor's -slave dispatch has no pace option and a second
#                                      load_day of a day already loaded brings nothing, see the README)
#   SCENARIO=items|tasks               instead of a recording, a day of invented records that the generator does not
#                                      write (ScenarioDays in cccp-simulator's test classes: build with test-compile),
#                                      replayed by both servers, with differential-queries-SCENARIO.txt: calls in a voice
#                                      menu, ranks, timed items; management failures, redirects, locks, transfers
#   CALLS=N                            with SYNTHETIC=1: the recorded day also has N calls per hour in queues (tasks,
#                                      user tasks, task states; 6 agents, 3 queues, 45 min), with
#                                      differential-queries-calls.txt as the default query set: the task-side
#                                      objects and their ids
#   AGENTS=N QUEUES=N SEED=N           with CALLS: another shape of center (default 6 agents, 3 queues, seed 5)
#   KEEP_SYNTHETIC=dir                 with SYNTHETIC=1: keep the recorded Logger directory there (ours, synthetic)
#   KEEP_WORK=dir                      with SYNTHETIC=1: keep the whole work directory there (both servers' answers
#                                      and follow streams, the servers' logs; never for the sample days)
#
# QUERY FILE: one query per line, `name: ccenter_report arguments` (shell words, no -login/-server/-separator:
# the script adds them and `-separator |`). `#` comments. `let NAME [INDEX] = list arguments` runs the list on the
# vendor's dispatch and binds {NAME} to the first column of its INDEX-th row (1-based, default 1): an id for -object,
# or a name the sample holds (a statistic's), so that no value of the sample days is written in the query file.
set -euo pipefail

if [ -z "${CCCP_PEER:-}" ]; then
  echo "differential: skipped (set CCCP_PEER to the path of cccp-peer.sh to run it)"; exit 0
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
SYNTHETIC=${SYNTHETIC:-0}
CALLS=${CALLS:-0}
SCENARIO=${SCENARIO:-}
[ -n "$SCENARIO" ] && SYNTHETIC=1
if [ -n "$SCENARIO" ]; then queries=${1:-$here/differential-queries-$SCENARIO.txt}
elif [ "$SYNTHETIC" = 1 ] && [ "$CALLS" != 0 ]; then queries=${1:-$here/differential-queries-calls.txt}
elif [ "$SYNTHETIC" = 1 ]; then queries=${1:-$here/differential-queries-synthetic.txt}; else queries=${1:-$here/differential-queries.txt}; fi
only=${2:-}
export CCBIN=${CCBIN:-/tmp/ccbin} MODE=host TZ=${TZ:-UTC}
PEER_PORT=${PEER_PORT:-25700} SIM_PORT=${SIM_PORT:-25701} BASE_PORT=${BASE_PORT:-25702}
BASELINE_JAR=${BASELINE_JAR:-}
DAYS=${DAYS:-"2026_02_08 2026_02_09"}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-15} SHOW_DIFF=${SHOW_DIFF:-1}
BENCH_ORDER=${BENCH_ORDER:-query}
case "$BENCH_ORDER" in query|refresh) ;; *) echo "differential: BENCH_ORDER=$BENCH_ORDER (expected: query or refresh)" >&2; exit 2 ;; esac
logger_root=$CCBIN/logs/import_logs/Logger
sim_jar=$root/cccp-simulator/target/cccp-simulator.jar
our_report=""
for c in "$root/cccp-report/bin/cccp-report" "$root/cccp-client/bin/cccp-report"; do
  [ -x "$c" ] && { our_report=$c; break; }
done
[ -f "$queries" ] || { echo "differential: no query file $queries" >&2; exit 2; }
[ -f "$sim_jar" ] || { echo "differential: build first (mvn -B -q -DskipTests package): no $sim_jar" >&2; exit 2; }
[ -n "$our_report" ] || { echo "differential: our cccp-report launcher not found" >&2; exit 2; }
[ -d "$logger_root" ] || [ "$SYNTHETIC" = 1 ] || { echo "differential: no replay logs in $logger_root (run cccp-peer.sh setup)" >&2; exit 2; }

work=$(mktemp -d /tmp/cccp-differential.XXXXXX)
# run a copy: a build during the run (mvn -am repackages the jar) must not pull the running simulator's jar away
cp "$sim_jar" "$work/cccp-simulator.jar" && sim_jar=$work/cccp-simulator.jar
sim_pid="" vendor_pid="" base_pid=""
followers=()
cleanup() {
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
  [ -n "$base_pid" ] && kill "$base_pid" 2>/dev/null || true
  for pid in "${followers[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$vendor_pid" ] && kill "$vendor_pid" 2>/dev/null || true
  local pidfile=$CCBIN/run/dispatch_$PEER_PORT.pid      # only the dispatch this run started (cccp-peer.sh's pid file)
  if [ "$SYNTHETIC" != 1 ] && [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi
  # our own recording only (never the sample days): to replay a failure by hand
  if [ -n "${KEEP_SYNTHETIC:-}" ] && [ "$SYNTHETIC" = 1 ] && [ -d "$work/synthetic" ]; then
    rm -rf "$KEEP_SYNTHETIC" && cp -r "$work/synthetic" "$KEEP_SYNTHETIC"
  fi
  if [ -n "${KEEP_WORK:-}" ] && [ "$SYNTHETIC" = 1 ]; then   # every answer of both servers, to read a failure
    rm -rf "$KEEP_WORK" && cp -r "$work" "$KEEP_WORK"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

wait_serving() {   # log-file: our simulator printed its banner
  for _ in $(seq 1 150); do grep -q '^serving' "$1" && return 0; sleep 0.2; done
  cat "$1" >&2; return 1
}

# --- the two servers ----------------------------------------------------------------------------------------
if [ "$SYNTHETIC" = 1 ]; then
  # our own recording: a synthetic project's records as a Logger directory (nothing of the vendor's in it)
  logger_root=$work/synthetic
  if [ -n "$SCENARIO" ]; then   # invented records written by our rlog writer (cccp-simulator's test classes)
    java -cp "$root/cccp-simulator/target/test-classes:$sim_jar" io.cccpexplorer.simulator.fidelity.ScenarioDays \
      "$logger_root" "$SCENARIO" > "$work/record.log" 2>&1 || { cat "$work/record.log" >&2; exit 2; }
  elif [ "$CALLS" != 0 ]; then traffic=(--agents "${AGENTS:-6}" --queues "${QUEUES:-3}" --calls-per-hour "$CALLS"
    --warm-up "${WARM_UP:-45m}" --seed "${SEED:-5}")
  else traffic=(--scale demo --calls-per-hour 0 --warm-up "${WARM_UP:-60m}" --seed 11)
  fi
  if [ -z "$SCENARIO" ]; then
    java -jar "$sim_jar" --port "$SIM_PORT" --project SYN "${traffic[@]}" --curve flat --warm-sessions 0 \
      --record "$logger_root" > "$work/record.log" 2>&1 &
    sim_pid=$!
    wait_serving "$work/record.log" || { echo "differential: the recording did not start" >&2; exit 1; }
    sleep 2; kill "$sim_pid"; wait "$sim_pid" 2>/dev/null || true; sim_pid=""
  fi
  DAYS=$(find "$logger_root" -name 'log_*.log' | sed -E 's/.*log_([0-9_]{10})__.*/\1/' | sort -u | tr '\n' ' ')
  DAYS=${DAYS% }
  mkdir -p "$work/vendor-home"
  env LD_PRELOAD="$CCBIN/shim/lo_only.so" "$CCBIN/p/ccenter_dispatch" -slave "$PEER_PORT" -logs "$logger_root" \
    -interface "$CCBIN/logs/debug_interface.xml" -home "$work/vendor-home" -stderr > "$work/vendor.log" 2>&1 < /dev/null &
  vendor_pid=$!
  for _ in $(seq 1 50); do ss -ltnH "sport = :$PEER_PORT" | grep -q . && break; sleep 0.2; done
  vendor_days=$DAYS; [ "${FOLLOW:-0}" = 1 ] && vendor_days=${DAYS%% *}   # FOLLOW: the next days come live
  for d in $vendor_days; do
    "$CCCP_PEER" update -login admin -password admin -server 127.0.0.1 "$PEER_PORT" \
      -event "com.consistent.ccenter.dispatch.load_day.$d" > /dev/null 2>&1 \
      || { cat "$work/vendor.log" >&2; echo "differential: the vendor dispatch did not load $d" >&2; exit 1; }
  done
else
  start_days=$DAYS; [ "${FOLLOW:-0}" = 1 ] && start_days=${DAYS%% *}
  "$CCCP_PEER" start "$PEER_PORT" $start_days > "$work/peer-start.log" 2>&1 \
    || { cat "$work/peer-start.log" >&2; echo "differential: the vendor dispatch did not start" >&2; exit 1; }
fi
first_day=${DAYS%% *}
# the launcher, with the JVM options the simulator is measured with
CCCP_SIMULATOR_JAR="$sim_jar" "$root/cccp-simulator/bin/cccp-simulator" --port "$SIM_PORT" --replay "$logger_root" --load-day "${first_day//_/-}" ${SIM_ARGS:-} > "$work/sim.log" 2>&1 &
sim_pid=$!
wait_serving "$work/sim.log" || { echo "differential: our simulator did not start" >&2; exit 1; }
load_next_days() {  # port: the next days by the same event the vendor's dispatch got
  local d
  for d in ${DAYS#"$first_day"}; do
    "$CCCP_PEER" update -login admin -password admin -server 127.0.0.1 "$1" \
      -event "com.consistent.ccenter.dispatch.load_day.$d" > /dev/null 2>&1
  done
}
[ "${FOLLOW:-0}" = 1 ] || load_next_days "$SIM_PORT"
if [ -n "${BENCH:-}" ] && [ -n "$BASELINE_JAR" ]; then
  cp "$BASELINE_JAR" "$work/baseline.jar"
  base_java=(java -jar "$work/baseline.jar")
  [ "${BASELINE_LAUNCHER:-0}" = 1 ] && base_java=(env CCCP_SIMULATOR_JAR="$work/baseline.jar" \
    CCCP_SIMULATOR_JAVA_OPTS="${BASELINE_JAVA_OPTS:-}" ${BASELINE_JAVA_HOME:+JAVA_HOME="$BASELINE_JAVA_HOME"} \
    "$root/cccp-simulator/bin/cccp-simulator")
  "${base_java[@]}" --port "$BASE_PORT" --replay "$logger_root" --load-day "${first_day//_/-}" \
    > "$work/baseline.log" 2>&1 &
  base_pid=$!
  wait_serving "$work/baseline.log" || { echo "differential: the baseline simulator did not start" >&2; exit 1; }
  load_next_days "$BASE_PORT"
fi

# --- the runs -----------------------------------------------------------------------------------------------
vendor_report() {   # port args...
  local port=$1; shift
  TIMEOUT=$QUERY_TIMEOUT "$CCCP_PEER" report -login admin -password admin -server 127.0.0.1 "$port" "$@" -separator '|' 2>/dev/null
}
bench_report() {   # port args...: the vendor's client itself, as cccp-peer.sh report runs it in MODE=host, without
                   # the wrapper script's own start (about 100 ms of bash against the client's 10 ms: it hid the servers)
  local port=$1; shift
  LD_PRELOAD="$CCBIN/shim/lo_only.so" timeout "$QUERY_TIMEOUT" "$CCBIN/p/ccenter_report" \
    -login admin -password admin -server 127.0.0.1 "$port" "$@" -separator '|' 2>/dev/null
}
our_client() {      # port args...
  local port=$1; shift
  timeout "$QUERY_TIMEOUT" "$our_report" -login admin -password admin -server 127.0.0.1 "$port" "$@" -separator '|' 2>/dev/null
}

process_accounts() {   # pid: its threads' CPU (ns, schedstat) and voluntary and preempted context switches, summed
  awk 'FNR == 1 && FILENAME ~ /schedstat$/ { cpu += $1 }
       /^voluntary_ctxt_switches/ { v += $2 } /^nonvoluntary_ctxt_switches/ { n += $2 }
       END { print cpu, v, n }' /proc/"$1"/task/*/schedstat /proc/"$1"/task/*/status 2> /dev/null
}

bench() {          # runs: the dashboard's four queries, interleaved between the two servers
  local runs=$1 q port i t0 t1
  local -a ports=("$PEER_PORT" "$SIM_PORT")
  [ -n "$base_pid" ] && ports+=("$BASE_PORT")
  local -a names=(agents sessions-active-queues calls queues)
  local -a specs=(
    "-list -path /dispatch -field sessions -filter \".[session_type eq 3 and terminate_date eq '']\" -fields \"row.project_name;row.user.login;row.user.name;row.phone_contact_uri;row.login_date;row.profile_name;row.current_mode;row.states.last.display_name;row.states.last.start_date;row.session_id;row.session_type;row.create_date;row.terminate_date\""
    "-list -path /dispatch -field sessions -fields \"row.session_id;row.session_type;row.active_queues\""
    "-list -path /dispatch -field sessions -filter \".[session_type eq 1]\" -fields \"row.session_id;row.create_date;row.terminate_date;row.connections.first.remote_address;row.connections.first.local_address;row.entry_point;row.last_call_id\""
    "-list -path /dispatch -field queues -fields \"row.name;row.display_name;row.waiting_tasks_count;row.running_tasks_count;row.logged_sessions_count;row.working_sessions_count;row.oldest_waiting_date\"")
  # the server's own time, apart from the client process's start: a capture of both ports (headers only), each
  # session's gaps from a client segment to the server's next one, summed
  local tcpdump_pid=""
  if command -v tcpdump > /dev/null; then
    tcpdump -i lo -s 96 -w "$work/bench.pcap" "tcp port $PEER_PORT or tcp port $SIM_PORT or tcp port $BASE_PORT" \
      2> /dev/null &
    tcpdump_pid=$!
    sleep 1
  fi
  # BENCH_WARM: untimed rounds first, as a script that has been running a while finds the servers
  for i in $(seq 1 "${BENCH_WARM:-0}"); do
    for q in 0 1 2 3; do
      eval "args=(${specs[$q]})"
      for port in "${ports[@]}"; do bench_report "$port" "${args[@]}" > /dev/null; done
    done
  done
  # how far each simulator's connection warm-up got (a loaded start may stop it at its deadline)
  grep -h "warm-up sessions" "$work/sim.log" ${base_pid:+"$work/baseline.log"} 2> /dev/null || true
  echo "load before: $(uptime)"
  # each server process's CPU and context switches over the timed runs, by the kernel's own accounts (all threads:
  # a JVM's compilers and collector count), per session at the end
  local -A cpu0=() pids=()
  for port in "${ports[@]}"; do
    pids[$port]=$(ss -ltnpH "sport = :$port" 2> /dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
    [ -n "${pids[$port]}" ] && cpu0[$port]=$(process_accounts "${pids[$port]}")
  done
  local n=${#ports[@]} k
  timed() {          # round query port: one process, timed, with its round (a refresh's four share one)
    eval "args=(${specs[$2]})"
    t0=$(date +%s%N); bench_report "$3" "${args[@]}" > /dev/null; t1=$(date +%s%N)
    echo "${names[$2]} $3 $(( (t1 - t0) / 1000 )) $t0 $t1 $1" >> "$work/bench.txt"
  }
  for i in $(seq 1 "$runs"); do
    # the servers take turns at going first: the first of a round was measured faster (by as much as two
    # simulator versions differ), and a fixed order gave that to the dispatch every time
    if [ "$BENCH_ORDER" = refresh ]; then
      for k in $(seq 0 $((n - 1))); do
        port=${ports[$(( (i + k) % n ))]}
        for q in 0 1 2 3; do timed "$i" "$q" "$port"; done
      done
    else
      for q in 0 1 2 3; do
        for k in $(seq 0 $((n - 1))); do timed "$i" "$q" "${ports[$(( (i + q + k) % n ))]}"; done
      done
    fi
  done
  echo "load after:  $(uptime)"
  local line="server process per session (CPU, voluntary + preempted context switches):"
  for port in "${ports[@]}"; do
    [ -n "${cpu0[$port]:-}" ] || continue
    line+=$(echo "${cpu0[$port]} $(process_accounts "${pids[$port]}")" | awk -v port="$port" -v n=$((runs * 4)) \
      '{ printf " %s %.0f µs, %.1f + %.1f |", port, ($4 - $1) / n / 1000, ($5 - $2) / n, ($6 - $3) / n }')
  done
  echo "${line% |}"
  if [ -n "$tcpdump_pid" ]; then
    sleep 1; kill "$tcpdump_pid"; wait "$tcpdump_pid" 2> /dev/null || true
    tcpdump -r "$work/bench.pcap" -tt -nn 2> /dev/null > "$work/bench-packets.txt" || true
  fi
  local header="query | vendor dispatch median (q1-q3) ms | our simulator median (q1-q3) ms | simulator / dispatch [95 % interval]"
  [ -n "$base_pid" ] && header+=" | baseline simulator median (q1-q3) ms | baseline / dispatch [95 % interval]"
  header+=" | server time per session, median ms: dispatch | simulator"
  [ -n "$base_pid" ] && header+=" | baseline"
  echo "$header"
  # each query, then "refresh": a round's four processes on one server, summed (the refresh a supervisor waits for;
  # with BENCH_ORDER=refresh they ran back to back, as the original dashboard's four ccenter_report runs did)
  for q in "${names[@]}" refresh; do
    python3 - "$work/bench.txt" "$q" "$work/bench-packets.txt" "${ports[@]}" <<'PY'
import collections, os, random, re, statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
query, packets, ports = sys.argv[2], sys.argv[3], sys.argv[4:]   # dispatch, simulator[, baseline simulator]
def times(port):   # round -> ms: the query's process in that round, or the round's four summed (the refresh)
    by_round = collections.defaultdict(float)
    for r in rows:
        if r[1] == port and (query == "refresh" or r[0] == query):
            by_round[r[5]] += int(r[2]) / 1000
    return by_round
def stats(port):
    v = sorted(times(port).values())
    qs = statistics.quantiles(v, n=4)
    return statistics.median(v), qs[0], qs[2]
def ratio_interval(port, draws=2000):
    # 95 % interval of the ratio of medians, the rounds resampled (both servers' values of a round together: they
    # ran minutes apart at most, under the same load), so a reader sees whether a ratio is told apart from 1
    mine, theirs = times(port), times(ports[0])
    common = [k for k in mine if k in theirs]
    rng = random.Random(1)
    ratios = sorted(statistics.median(mine[k] for k in pick) / statistics.median(theirs[k] for k in pick)
                    for pick in (rng.choices(common, k=len(common)) for _ in range(draws)))
    return ratios[int(0.025 * draws)], ratios[int(0.975 * draws) - 1]
digits = 3 if query == "refresh" else 2
d = stats(ports[0])
line = f"{'refresh (the four summed)' if query == 'refresh' else query} | {d[0]:.1f} ({d[1]:.1f}-{d[2]:.1f})"
for port in ports[1:]:
    s = stats(port)
    lo, hi = ratio_interval(port)
    line += f" | {s[0]:.1f} ({s[1]:.1f}-{s[2]:.1f}) | {s[0] / d[0]:.{digits}f} [{lo:.{digits}f}-{hi:.{digits}f}]"
# server time per session from the capture: segments with data, per connection: (server port, client port, the
# how-manyth connection of that pair: loopback reuses a client port at once, TIME_WAIT or not)
steps = {}   # port -> the sessions' gaps, in order (initialize, login, query_list, then the objects)
if query != "refresh" and os.path.exists(packets) and os.path.getsize(packets) > 0:
    conns = collections.defaultdict(list)
    opened = collections.Counter()   # (server port, client port) -> SYNs seen
    syns = {}    # connection -> the client's SYN: its connect
    fins = {}    # connection -> [the client's FIN, the server's FIN]
    for l in open(packets):
        m = re.match(r"(\d+\.\d+) IP 127\.0\.0\.1\.(\d+) > 127\.0\.0\.1\.(\d+): .* length (\d+)", l)
        if not m:
            continue
        t, a, b = float(m.group(1)), m.group(2), m.group(3)
        if b in ports:
            pair, who = (b, a), "c"
        elif a in ports:
            pair, who = (a, b), "s"
        else:
            continue
        if who == "c" and "Flags [S]," in l:
            opened[pair] += 1
            syns[pair + (opened[pair],)] = t
        conn = pair + (opened[pair],)
        if "Flags [F" in l:   # the ends of stream
            fins.setdefault(conn, [None, None])[0 if who == "c" else 1] = t
        if m.group(4) != "0":
            conns[conn].append((t, who))
    # port -> per session: the client's connect -> its first request (the server's accept and set-up run on the
    # client's core meanwhile: the server-time sum leaves them out), its own time between an answer and its next
    # request, its process's start -> its connect, its end of stream -> its exit, and the server's end of stream
    # after the client's (not waited for)
    connects, owns, starts, ends, closes = {}, {}, {}, {}, {}
    client_shares = (connects, owns, starts, ends, closes)   # the columns after the server's steps, in order
    processes = {}   # port -> the process times of those sessions: what the means line adds up to
    def server_ms(port):
        out = []
        for r in rows:
            if r[0] != query or r[1] != port:
                continue
            t0, t1 = int(r[3]) / 1e9, int(r[4]) / 1e9
            for conn, seg in conns.items():
                p = conn[0]
                if p == port and t0 <= min(x for x, _ in seg) <= t1:
                    if conn in syns:
                        first = min(x for x, who in seg if who == "c")
                        connects.setdefault(port, []).append((first - syns[conn]) * 1000)
                    f = fins.get(conn, [None, None])
                    if conn in syns and f[0] is not None:
                        starts.setdefault(port, []).append((syns[conn] - t0) * 1000)
                        ends.setdefault(port, []).append((t1 - f[0]) * 1000)
                        processes.setdefault(port, []).append((t1 - t0) * 1000)
                    if f[0] is not None and f[1] is not None:
                        closes.setdefault(port, []).append((f[1] - f[0]) * 1000)
                    total, asked, gaps = 0.0, None, []
                    own, answered = 0.0, None   # the client's own time: from an answer to its next request
                    for x, who in sorted(seg):
                        if who == "c":
                            asked = x if asked is None else asked
                            if answered is not None:
                                own, answered = own + x - answered, None
                        else:
                            answered = x
                            if asked is not None:
                                gaps.append((x - asked) * 1000)
                                total, asked = total + x - asked, None
                    if f[0] is not None and answered is not None:
                        own += f[0] - answered
                    owns.setdefault(port, []).append(own * 1000)
                    out.append(total * 1000)
                    steps.setdefault(port, []).append(gaps)
        return statistics.median(out) if out else float("nan")
    line += "".join(f" | {server_ms(port):.2f}" for port in ports)
print(line)
if os.environ.get("STEPS") == "1" and steps:
    # per step, median ms: initialize -> connection_ok, login -> login_ok, query_list -> list, the rest summed
    for port in ports:
        s = steps.get(port, [])
        cols = [statistics.median(g[i] for g in s if len(g) > i) if any(len(g) > i for g in s) else float("nan")
                for i in range(3)]
        cols.append(statistics.median(sum(g[3:]) for g in s) if s else float("nan"))
        for per_session in client_shares:
            c = per_session.get(port, [])
            cols.append(statistics.median(c) if c else float("nan"))
        print(f"  steps {query} {port}: " + " | ".join(f"{c:.3f}" for c in cols))
        if s:
            means = [statistics.fmean(g[i] if len(g) > i else 0.0 for g in s) for i in range(3)]
            means.append(statistics.fmean(sum(g[3:]) for g in s))
            means += [statistics.fmean(per_session.get(port, [float("nan")])) for per_session in client_shares]
            print(f"  means {query} {port}: " + " | ".join(f"{c:.3f}" for c in means)
                  + f" (the first eight: {sum(means[:8]):.3f}; the process: "
                  + f"{statistics.fmean(processes.get(port, [float('nan')])):.3f})")
PY
  done
}

follow() {         # query file: live comparison, see FOLLOW above
  local file=$1 line name spec k=0 port i size last quiet
  local -a names=()
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    name=${line%%:*} spec=${line#*:}
    eval "args=($spec)"
    k=$((k + 1)); names+=("$name")
    for port in "$PEER_PORT" "$SIM_PORT"; do
      "$our_report" -login admin -password admin -server 127.0.0.1 "$port" "${args[@]}" -separator '|' -follow \
        > "$work/follow-$k-$port" 2> "$work/stderr-$k-$port" < /dev/null &
      followers+=($!)
    done
  done < "$file"
  local ready=0
  for i in $(seq 1 ${FOLLOW_READY_TIMEOUT:-300}); do   # every follower printed its snapshot (JVMs start slowly when loaded)
    ready=0
    for port in "$PEER_PORT" "$SIM_PORT"; do for j in $(seq 1 "$k"); do
      [ -s "$work/follow-$j-$port" ] && ready=$((ready + 1))
    done; done
    [ "$ready" = $((2 * k)) ] && break
    sleep 1
  done
  if [ "$ready" != $((2 * k)) ]; then   # a comparison of followers that never started would prove nothing
    echo "differential: only $ready of $((2 * k)) followers printed their snapshot in time; nothing compared" >&2
    head -n 3 "$work"/stderr-* >&2
    for pid in "${followers[@]}"; do kill "$pid" 2>/dev/null || true; done
    exit 1
  fi
  sleep 1
  local p1 p2
  load_next_days "$PEER_PORT" & p1=$!
  load_next_days "$SIM_PORT" & p2=$!
  wait "$p1" "$p2" || true
  last=-1 quiet=0
  for i in $(seq 1 240); do   # until nothing arrives for 5 s (at most 2 min)
    size=$(cat "$work"/follow-* | wc -c)
    if [ "$size" = "$last" ]; then quiet=$((quiet + 1)); [ "$quiet" -ge 10 ] && break; else quiet=0 last=$size; fi
    sleep 0.5
  done
  for pid in "${followers[@]}"; do kill "$pid" 2>/dev/null || true; done
  followers=()
  for j in $(seq 1 "$k"); do
    n=$((n + 1))
    echo "  ${names[$((j - 1))]}: $(grep -c '' "$work/follow-$j-$PEER_PORT") lines on the vendor's, $(grep -c '' "$work/follow-$j-$SIM_PORT") on ours ($(grep -c '^updated|' "$work/follow-$j-$PEER_PORT") updated, $(grep -c '^removed|' "$work/follow-$j-$PEER_PORT") removed)"
    check follow "${names[$((j - 1))]} ($(wc -l < "$work/follow-$j-$PEER_PORT") lines)" \
      "$work/follow-$j-$PEER_PORT" "$work/follow-$j-$SIM_PORT"
  done
}

declare -A bound=()
substitute() {      # replaces {NAME} by its bound id
  local s=$1 k
  for k in "${!bound[@]}"; do s=${s//\{$k\}/${bound[$k]}}; done
  printf '%s' "$s"
}

passed=0 failed=0 n=0
failures=()
check() {           # kind name reference-file other-file
  if cmp -s "$3" "$4"; then passed=$((passed + 1)); return; fi
  failed=$((failed + 1)); failures+=("$1 $2")
  if [ "$SHOW_DIFF" = 1 ]; then
    echo "--- FAIL [$1] $2"
    diff <(head -c 200000 "$3") <(head -c 200000 "$4") | head -12 | sed 's/^/    /' || true
  fi
}

followers=()
if [ -n "${BENCH:-}" ]; then bench "$BENCH"; exit 0; fi
if [ "${FOLLOW:-0}" = 1 ]; then
  follow "${FOLLOW_QUERIES:-$here/differential-follow.txt}"
  echo
  echo "follow queries: $n (our cccp-report -follow on the vendor dispatch and on our simulator, across load_day)"
  for f in "${failures[@]}"; do echo "  failed: $f"; done
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]; exit
fi

while IFS= read -r line || [ -n "$line" ]; do
  line=${line%%$'\r'}
  case "$line" in ''|'#'*) continue ;; esac
  if [[ $line =~ ^let[[:space:]]+([A-Za-z0-9_]+)([[:space:]]+([0-9]+))?[[:space:]]*=[[:space:]]*(.*)$ ]]; then
    name=${BASH_REMATCH[1]} index=${BASH_REMATCH[3]:-1}
    eval "args=($(substitute "${BASH_REMATCH[4]}"))"
    bound[$name]=$(vendor_report "$PEER_PORT" "${args[@]}" | sed -n "${index}p" | cut -d'|' -f1 | cut -d'@' -f1 || true)
    [ -n "${bound[$name]}" ] || echo "differential: warning: {$name} is unbound (the list had no row $index)" >&2
    continue
  fi
  name=${line%%:*} spec=${line#*:}
  [ -n "$only" ] && ! [[ $name =~ $only ]] && continue
  eval "args=($(substitute "$spec"))"
  n=$((n + 1))
  vendor_report "$PEER_PORT" "${args[@]}" > "$work/$n.ref" || true
  vendor_report "$SIM_PORT" "${args[@]}" > "$work/$n.server" || true
  our_client "$PEER_PORT" "${args[@]}" > "$work/$n.client" || true
  [ -s "$work/$n.ref" ] || echo "differential: note: '$name' printed nothing on the vendor's pair" >&2
  check server "$name" "$work/$n.ref" "$work/$n.server"
  check client "$name" "$work/$n.ref" "$work/$n.client"
done < "$queries"

echo
echo "queries: $n (each checked as SERVER = vendor report on our simulator, CLIENT = our cccp-report on the vendor dispatch)"
for f in "${failures[@]}"; do echo "  failed: $f"; done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
