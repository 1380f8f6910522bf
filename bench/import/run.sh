#!/usr/bin/env bash
# CSV import at scale: a 1,048,576-row file (HubSpot's per-file maximum; 4 mandatory, 6 standard and 5 custom
# columns, 2% invalid rows, 10% duplicates of existing contacts) imported with upsert into an organization
# that already holds 200,000 contacts, by the app running with a 512 MB heap. Prints the import's rows/s, the
# rows/s of a raw COPY of the same rows into the same contacts table, the peak heap and a 1M-contact export.
# Usage: bench/import/run.sh [rows]   (default 1048576)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1048576}
java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
java=${java:-java}
port=18083
# BENCH_DATA=/some/dir keeps the data directory (database, app log, generated files) after the run.
if [ -n "${BENCH_DATA:-}" ]; then
  data=$BENCH_DATA; keep=1; mkdir -p "$data"
else
  data=$(mktemp -d /tmp/growthhub-import-bench-XXXXXX); keep=0
fi
chmod 755 "$data"
log="$data/app.log"
[ -f target/growthhub.jar ] || ./mvnw -q -B -DskipTests package
pgjdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)

GROWTHHUB_DATA_DIR="$data" SERVER_PORT=$port GROWTHHUB_DEMO_DATA=true "$java" -Xmx512m -XX:+UseSerialGC -jar target/growthhub.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ $keep = 1 ] || rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the app did not start:"; tail -20 "$log"; exit 1; }
  sleep 0.5
done
pgport=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2)
password=$(grep '^app.password=' "$data/postgres-credentials.properties" | cut -d= -f2)
# The raw COPY baseline runs as the superuser: COPY FROM refuses tables under row-level security.
superpassword=$(grep '^superuser.password=' "$data/postgres-credentials.properties" | cut -d= -f2)
"$java" -cp "$pgjdbc" bench/import/ImportBench.java "http://127.0.0.1:$port" \
  "jdbc:postgresql://127.0.0.1:$pgport/growthhub" growthhub "$password" "$rows" "$data" "$superpassword"
grep -q OutOfMemoryError "$log" && { echo "the app ran out of heap"; exit 1; } || true
