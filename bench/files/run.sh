#!/usr/bin/env bash
# Upload memory: starts the app with a small young generation (16 MB, so garbage cannot hide in the heap figure),
# uploads a 200 MB receipt (a PDF by its bytes) through POST /api/v1/expenses (multipart, as browsers send it), and
# prints the heap in use at rest (after a full GC) and the most in use while the upload streamed to the file store,
# sampled every 50 ms from the app's Prometheus endpoint. Target: less than 64 MB above rest.
# Usage: bench/files/run.sh [megabytes]
set -euo pipefail
cd "$(dirname "$0")/../.."
megabytes=${1:-200}
port=18086
name=files
# Receipts are 10 MB at most in normal use; the benchmark raises the limit to send one large file.
export GROWTHHUB_EXPENSES_RECEIPT_MAX_SIZE=$((megabytes + 10))MB
app_options="-XX:+UseSerialGC -Xmn16m"
. bench/app.sh
jstat=$(dirname "$java")/jstat
run_bench bench/files/FilesBench.java "$megabytes" "$app" "$jstat" "$data"
