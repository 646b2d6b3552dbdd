#!/usr/bin/env python3
"""history-live-watch.py URL SECONDS [FIRST_ROWS_TIMEOUT [PID]]: samples a dashboard's /health -> checks.history.live every
10 s and prints the recorder's queue depth, rows written, lost, write failures; last line: BENCH history-live ... for
scripts/bench.sh.

The measurement starts once the recorder has written its first rows (the model's first picture of a large project
takes minutes on a loaded machine; before it nothing is recorded and a sample says nothing about keeping up), waiting
at most FIRST_ROWS_TIMEOUT seconds (default 900): if nothing was written by then the BENCH line says
status=no_rows_written (with the last /health seen) and the exit status is 1, instead of a line of zeros that reads
like a result. A /health that fails or lacks the recorder is retried and counted (health_errors), never fatal.
With PID (the dashboard's), the process's CPU time (user + system, /proc/PID/stat) over the measured window is given
as a percentage of one core (cpu_pct; 200 = both cores of a 2-core machine)."""
import json
import os
import sys
import time
import urllib.request

url, seconds = sys.argv[1], int(sys.argv[2])
first_rows_timeout = int(sys.argv[3]) if len(sys.argv) > 3 else 900
pid = sys.argv[4] if len(sys.argv) > 4 else None
errors = 0


def cpu_seconds():
    """The dashboard's CPU time so far (user + system), or None without a pid or once it is gone."""
    if not pid:
        return None
    try:
        with open("/proc/%s/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def live():
    """The recorder's counters, or None when /health cannot be read (counted)."""
    global errors
    try:
        with urllib.request.urlopen(url + "/health", timeout=30) as r:
            return json.load(r)["checks"]["history"]["live"]
    except (OSError, ValueError, KeyError) as e:
        errors += 1
        print("health error: %s" % e, flush=True)
        return None


t_start = time.time()
last = None
while True:
    h = live()
    last = h or last
    if h and h["written"] > 0:
        break
    if time.time() - t_start > first_rows_timeout:
        print("BENCH history-live status=no_rows_written waited_s=%d health_errors=%d last_health=%s" % (
            time.time() - t_start, errors, json.dumps(last, separators=(",", ":"))), flush=True)
        sys.exit(1)
    print("waiting for the first rows: t=%.0f %s" % (time.time() - t_start, json.dumps(h, separators=(",", ":"))),
          flush=True)
    time.sleep(10)
print("first rows written after %.0f s; measuring for %d s" % (time.time() - t_start, seconds), flush=True)

samples, t0, cpu0 = [], time.time(), cpu_seconds()
while time.time() - t0 < seconds:
    h = live()
    if h:
        samples.append((time.time() - t0, h["queued"], h["written"], h["lost"], h["write_failures"],
                        h["events_missing"]))
        print("t=%.0f queued=%d written=%d lost=%d failures=%d events_missing=%d load=%s cpu_s=%s" % (
            samples[-1] + (open("/proc/loadavg").read().split()[0], cpu_seconds())), flush=True)
    time.sleep(10)
cpu1, cpu_window = cpu_seconds(), time.time() - t0
if len(samples) < 2:
    print("BENCH history-live status=no_samples health_errors=%d" % errors, flush=True)
    sys.exit(1)
first, last = samples[0], samples[-1]
half = [s[1] for s in samples[len(samples) // 2:]]
print("BENCH history-live status=ok first_rows_after_s=%d seconds=%d written_per_s=%.0f queued_first=%d "
      "queued_last=%d queued_max=%d queued_max_second_half=%d lost=%d lost_in_window=%d failures=%d events_missing=%d "
      "health_errors=%d cpu_pct=%s" % (
          t0 - t_start, last[0] - first[0], (last[2] - first[2]) / max(1, last[0] - first[0]), first[1], last[1],
          max(s[1] for s in samples), max(half), last[3], last[3] - first[3], last[4], last[5], errors,
          "%.0f" % (100 * (cpu1 - cpu0) / cpu_window) if cpu0 is not None and cpu1 is not None
          else "n/a"))
