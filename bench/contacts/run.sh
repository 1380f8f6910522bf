#!/usr/bin/env bash
# Contact list, search, deep page and dashboard latency at scale, over HTTP and in plain SQL.
# Usage: bench/contacts/run.sh [contacts]   (default 1000000; try 50000 for a quick look)
# BENCH_DATA=/some/dir keeps the generated data there and reuses it on the next run (generation of a
# million contacts takes about 6 minutes); without it the data lives in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
contacts=${1:-1000000}
port=${BENCH_PORT:-18081}   # BENCH_PORT when another benchmark holds 18081
name=contacts
. bench/app.sh
run_bench bench/contacts/ContactsBench.java "$contacts"
