#!/usr/bin/env bash
# Call sync from CallTrackingMetrics, end to end: a stub account (CtmStub.java, a JDK HttpServer) serves N generated
# calls with transcripts in real-shaped pages of 100 following next_page; the app (target/growthhub.jar on its own
# embedded PostgreSQL) imports them through the real connector into the call log, which matches each caller to a
# contact (creating leads), classifies the call by the built-in rules and stores it with its history. Prints the
# run's counts, its time and calls per second, and the categories chosen.
# Usage: bench/calls/ctm-sync.sh [calls]   (default 50000, the issue's figure)
set -euo pipefail
cd "$(dirname "$0")/../.."
calls=${1:-50000}
port=18093
stubport=18193
name=calls-ctm
stub=(bench/calls/CtmStub.java "$stubport" "$calls")
export GROWTHHUB_INTEGRATIONS_CTM_BASE_URL="http://127.0.0.1:$stubport"
. bench/app.sh
run_bench bench/calls/CtmSyncBench.java "$calls" "http://127.0.0.1:$stubport"
