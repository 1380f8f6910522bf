#!/usr/bin/env bash
# CSV import at scale: a 1,048,576-row file (HubSpot's per-file maximum; 4 mandatory, 6 standard and 5 custom
# columns, 2% invalid rows, 10% duplicates of existing contacts) imported with upsert into an organization
# that already holds 200,000 contacts, by the app running with a 512 MB heap. Prints the import's rows/s, the
# rows/s of a raw COPY of the same rows into the same contacts table, the peak heap and a 1M-contact export.
# Usage: bench/csvimport/run.sh [rows]   (default 1048576; EXTRA_APP_OPTIONS adds JVM options, e.g. a JFR recording)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1048576}
port=18083
name=import
app_options="-Xmx512m -XX:+UseSerialGC ${EXTRA_APP_OPTIONS:-}"
. bench/app.sh
run_bench bench/csvimport/ImportBench.java "$rows" "$data" "$superpassword"
grep -q OutOfMemoryError "$log" && { echo "the app ran out of heap"; exit 1; } || true
phases=$(grep -o 'rows read and checked in [0-9]* ms, merged in [0-9]* ms' "$log" | tail -1)
settled=$(grep -o 'pending index entries merged in [0-9]* ms' "$log" | tail -1)
echo "  inside the job: $phases"
echo "  after it completed: $settled (searches read the pending entries until then)"
