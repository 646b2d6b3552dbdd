#!/usr/bin/env bash
# report-bench.sh -- what one cccp-report process costs, as a script that calls it sees it.
#
# Starts our simulator (synthetic traffic) on an ephemeral loopback port, then runs the same query RUNS times
# with each variant, round-robin (so that a change of machine load hits every variant alike), each process
# measured by /usr/bin/time (user+sys CPU, max RSS) and the shell's clock (wall, to the microsecond: time's own
# wall is in 10 ms steps). Prints the machine, the load average before and
# after, and the median / min / max of each variant.
#
# Variants:
#   baseline   what users had before (commit $BASELINE_REF): cccp-client's cccp-report.jar with that launcher's
#              flags (-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto); built once from git into
#              target/bench/ (git archive into a temporary folder, offline Maven)
#   no-cds     today's jar and launcher with CCCP_REPORT_CDS=off (the plain JVM)
#   cds        only when the build made an AOT cache: today's launcher with CCCP_REPORT_AOT=off (the
#              class-data-sharing archive and JAVA_HOME's or PATH's java: what a machine without JDK 25 gets)
#   current    today's launcher as shipped (the AOT cache with its JDK 25+ when the build found one, else the
#              class-data-sharing archive)
#   batch      today's launcher, -batch with the same query BATCH times over one connection (one process)
#   vendor     only when CCCP_PEER names cccp-peer.sh (set up with `cccp-peer.sh setup`, into CCBIN, default
#              /tmp/ccbin): the vendor's ccenter_report itself, started as `cccp-peer.sh report` starts it in
#              MODE=host (its loopback-only shim preloaded) but without the wrapper script, whose own start
#              (about 100 ms of bash) would be counted against the vendor
#
# Usage: cccp-report/bench/report-bench.sh [RUNS]   (default 21; build first: mvn -pl cccp-report -am package)
# Environment: BASELINE_REF (default 7abd806, the last commit with the CLI inside cccp-client), BATCH (10),
#              SCALE (simulator --scale, default demo), CCCP_PEER.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
runs="${1:-21}"
batch="${BATCH:-10}"
baseline_ref="${BASELINE_REF:-7abd806}"
work="$root/cccp-report/target/bench"
mkdir -p "$work"
launcher="$root/cccp-report/bin/cccp-report"
sim_jar="$root/cccp-simulator/target/cccp-simulator.jar"
[[ -f "$root/cccp-report/target/cccp-report.jar" && -f "$sim_jar" ]] \
  || { echo "build first: mvn -B -q -pl cccp-simulator,cccp-report -am -DskipTests package" >&2; exit 2; }

# --- the baseline jar, built from git once per commit
sha="$(git rev-parse --short "$baseline_ref")"
baseline_jar="$work/baseline-$sha.jar"
if [[ ! -f "$baseline_jar" ]]; then
  tree="$(mktemp -d /tmp/cccp-report-baseline.XXXXXX)"
  echo "building the baseline ($sha) in $tree ..." >&2
  git archive "$sha" | tar -x -C "$tree"
  # offline first, online once when ~/.m2 lacks the baseline's older dependencies (a fresh machine)
  (cd "$tree" && { mvn -B -o -q -pl cccp-client -am -DskipTests package \
    || mvn -B -q -pl cccp-client -am -DskipTests package; }) >&2
  cp "$tree/cccp-client/target/cccp-report.jar" "$baseline_jar"
  rm -rf "$tree"
fi

# --- the server
sim_log="$work/simulator.log"
java -jar "$sim_jar" --port 0 --project DEMO --scale "${SCALE:-demo}" --warm-up 30m >"$sim_log" 2>&1 &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 300); do
  port="$(sed -n 's/^serving project DEMO on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$sim_log" | head -n 1)"
  [[ -n "$port" ]] && break
  sleep 0.1
done
[[ -n "$port" ]] || { echo "the simulator did not start: $sim_log" >&2; exit 1; }

# the original dashboard's agents query
query=(-login demo -password demo -server 127.0.0.1 "$port" -list -path /dispatch -field sessions
  -filter ".[session_type eq 3 and terminate_date eq '']"
  -fields "row.object_id;row.user.login;row.user.name;row.login_date;row.current_mode;row.states.last.display_name;row.session_id;row.create_date")
batch_file="$work/batch.txt"
: >"$batch_file"
for _ in $(seq 1 "$batch"); do
  printf '%s\n' "-list -path /dispatch -field sessions -filter \".[session_type eq 3 and terminate_date eq '']\" -fields \"row.object_id;row.user.login;row.user.name;row.login_date;row.current_mode;row.states.last.display_name;row.session_id;row.create_date\"" >>"$batch_file"
done

variants=(baseline no-cds current batch)
[[ -f "$root/cccp-report/target/cccp-report.aot.jdk" ]] && variants=(baseline no-cds cds current batch)
ccbin="${CCBIN:-/tmp/ccbin}"
if [[ -n "${CCCP_PEER:-}" ]]; then
  [[ -x "$ccbin/p/ccenter_report" ]] \
    || { echo "CCCP_PEER is set but $ccbin/p/ccenter_report is not: run cccp-peer.sh setup (CCBIN)" >&2; exit 2; }
  variants+=(vendor)
fi

command_of() { # variant -> the array cmd
  case "$1" in
    baseline) cmd=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar "$baseline_jar" "${query[@]}") ;;
    no-cds) cmd=(env CCCP_REPORT_CDS=off "$launcher" "${query[@]}") ;;
    cds) cmd=(env CCCP_REPORT_AOT=off "$launcher" "${query[@]}") ;;
    current) cmd=("$launcher" "${query[@]}") ;;
    batch) cmd=("$launcher" -login demo -password demo -server 127.0.0.1 "$port" -batch "$batch_file") ;;
    vendor) cmd=(env LD_PRELOAD="$ccbin/shim/lo_only.so" "$ccbin/p/ccenter_report" "${query[@]}") ;;
  esac
}

# warm the page cache and the simulator's first answers; check that every variant answers
for v in "${variants[@]}"; do
  command_of "$v"
  lines="$("${cmd[@]}" | wc -l)"
  echo "check: $v printed $lines lines" >&2
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    command_of "$v"
    t0="$EPOCHREALTIME"
    /usr/bin/time -f "%U %S %M" -o "$work/time.txt" "${cmd[@]}" >/dev/null 2>"$work/stderr.txt" \
      || { echo "$v failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    t1="$EPOCHREALTIME"
    echo "$v $(( ${t1/./} - ${t0/./} )) $(tail -n 1 "$work/time.txt")" >>"$work/samples.$$"
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "machine: $(nproc) vCPU $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(free -g | awk '/Mem:/ {print $2}') GiB," \
  "$(java -version 2>&1 | head -n 1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $load_before, after: $load_after"
echo "query: ${query[*]:7} ; $runs runs per variant, round-robin; batch = $batch queries in one process"
printf '%-9s %22s %22s %22s\n' variant "wall ms med (min-max)" "CPU ms med (min-max)" "RSS MiB med (min-max)"
for v in "${variants[@]}"; do
  awk -v v="$v" '$1 == v { print $2 / 1000, ($3 + $4) * 1000, $5 / 1024 }' "$work/samples.$$" >"$work/v.txt"
  stat() { # column -> "median (min-max)"
    sort -n -k1,1 <(cut -d' ' -f"$1" "$work/v.txt") | awk '{ a[NR] = $1 } END {
      m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.0f (%.0f-%.0f)", m, a[1], a[NR] }'
  }
  printf '%-9s %22s %22s %22s\n' "$v" "$(stat 1)" "$(stat 2)" "$(stat 3)"
done
rm -f "$work/samples.$$" "$work/v.txt"
