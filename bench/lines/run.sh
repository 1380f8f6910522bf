#!/usr/bin/env bash
# Sends on one line from many concurrent clients: a line allowed [limit] messages a day (new conversations unlimited
# for the run), one conversation opened on it, then [sends] replies posted by [clients] concurrent clients. Checks that
# exactly the limit was accepted (201) and every other send refused (429), that the day's usage row and the stored
# messages both equal the limit, and prints sends per second (all answers, and accepted ones) with latencies.
# Usage: bench/lines/run.sh [limit] [sends] [clients]   (default 2000 4000 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
limit=${1:-2000}
sends=${2:-4000}
clients=${3:-100}
port=18097
name=lines
app_options="-XX:+UseSerialGC"
. bench/app.sh
run_bench bench/lines/LinesBench.java "$limit" "$sends" "$clients"
