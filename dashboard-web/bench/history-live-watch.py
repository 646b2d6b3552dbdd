#!/usr/bin/env python3
"""history-live-watch.py URL SECONDS: samples a dashboard's /health -> checks.history.live every 10 s for SECONDS
(after 60 s of start: the first picture and first batches are not the steady state) and prints the recorder's queue
depth, rows written, lost, write failures; last line: BENCH history-live ... for scripts/bench.sh."""
import json
import sys
import time
import urllib.request

url, seconds = sys.argv[1], int(sys.argv[2])


def live():
    with urllib.request.urlopen(url + "/health", timeout=30) as r:
        return json.load(r)["checks"]["history"]["live"]


time.sleep(60)
samples, t0 = [], time.time()
while time.time() - t0 < seconds:
    h = live()
    samples.append((time.time() - t0, h["queued"], h["written"], h["lost"], h["write_failures"], h["events_missing"]))
    print("t=%.0f queued=%d written=%d lost=%d failures=%d events_missing=%d" % samples[-1], flush=True)
    time.sleep(10)
first, last = samples[0], samples[-1]
half = [s[1] for s in samples[len(samples) // 2:]]
print("BENCH history-live seconds=%d written_per_s=%.0f queued_first=%d queued_last=%d queued_max=%d "
      "queued_max_second_half=%d lost=%d failures=%d events_missing=%d" % (
          last[0] - first[0], (last[2] - first[2]) / max(1, last[0] - first[0]), first[1], last[1],
          max(s[1] for s in samples), max(half), last[3], last[4], last[5]))
