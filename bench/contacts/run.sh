#!/usr/bin/env bash
# Contact list, search, deep page and dashboard latency at scale, over HTTP and in plain SQL.
# Usage: bench/contacts/run.sh [contacts]   (default 1000000; try 50000 for a quick look)
# BENCH_DATA=/some/dir keeps the generated data there and reuses it on the next run (generation of a
# million contacts takes about 6 minutes); without it the data lives in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
contacts=${1:-1000000}
java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
java=${java:-java}
port=18081
if [ -n "${BENCH_DATA:-}" ]; then
  data=$BENCH_DATA; keep=1; mkdir -p "$data"
else
  data=$(mktemp -d /tmp/growthhub-contacts-bench-XXXXXX); keep=0
fi
chmod 755 "$data"
log="$data/app.log"
[ -f target/growthhub.jar ] || ./mvnw -q -B -DskipTests package
pgjdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)

GROWTHHUB_DATA_DIR="$data" SERVER_PORT=$port GROWTHHUB_DEMO_DATA=true "$java" -XX:+UseSerialGC -jar target/growthhub.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ $keep = 1 ] || rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the app did not start:"; tail -20 "$log"; exit 1; }
  sleep 0.5
done
pgport=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2)
password=$(grep '^app.password=' "$data/postgres-credentials.properties" | cut -d= -f2)
"$java" -cp "$pgjdbc" bench/contacts/ContactsBench.java "http://127.0.0.1:$port" \
  "jdbc:postgresql://127.0.0.1:$pgport/growthhub" growthhub "$password" "$contacts"
