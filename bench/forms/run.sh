#!/usr/bin/env bash
# Form submissions at volume: one published form (proof of work off, so the clients measure the server, not their
# hashing), then 20,000 JSON submissions by 50 concurrent clients, 10% of them people who already submitted.
# Prints the acceptance latency (p50/p95/p99/max of the 202), the time until every submission is processed, the
# processing rate, and the contacts API's create rate measured right after in the same run; checks that every
# accepted submission is processed once and that no contact is duplicated.
# Usage: bench/forms/run.sh [submissions] [clients] [accept] [rate]   (default 20000 50; "accept" stops after the
# acceptance figures, for comparing changes of the intake back to back without waiting for the processing; a rate,
# e.g. 300, sends that many submissions per second whatever the answers take (open model) instead of 50 clients
# each waiting for its answer, and times each from the moment it was due)
# Before the timed phase, WARMUP (2000) untimed submissions go to another form and the processor drains them, so the
# timed phase starts on a warm JVM with an empty queue. The timed phase is reported per 5-second window too (latency,
# CPU of the app, PostgreSQL, the client and the machine, GC, connection and commit waits, submissions processed),
# and the app keeps a GC log and a flight recording of it (settings=profile) in $out (target/bench-forms/<time>/), of
# which the script prints a summary: GC pauses, CPU per thread, hot methods, lock contention, the longest waits.
set -euo pipefail
cd "$(dirname "$0")/../.."
submissions=${1:-20000}
clients=${2:-50}
phases=${3:-all}
rate=${4:-0}
port=18094
name=forms
out=${BENCH_OUT:-target/bench-forms/$(date -u +%Y%m%dT%H%M%S)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
# One address sends everything here: the per-address and per-form limits are raised for the run.
app_options="${extra_options:-} -XX:+UseSerialGC -Xlog:gc:file=$out/gc.log:uptime,time -Dgrowthhub.forms.per-ip-per-minute=1000000 -Dgrowthhub.forms.per-form-per-minute=1000000"
. bench/app.sh
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
APP_PID=$app JFR_FILE=$out/timed.jfr WARMUP=${WARMUP:-2000} \
  run_bench bench/forms/FormsBench.java "$submissions" "$clients" "$phases" "$rate"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$out/timed.jfr" ]; then
  jfr=$(dirname "$java")/jfr
  echo "flight recording of the timed phase: $out/timed.jfr (GC log $out/gc.log)"
  {
    "$java" bench/forms/SlowRequestCauses.java "$out/timed.jfr"
    for view in gc-pauses thread-cpu-load hot-methods; do
      "$jfr" view --width 160 "$view" "$out/timed.jfr" | grep -v '^$' | head -22
    done
  } | tee "$out/summary.txt"
fi
