#!/usr/bin/env bash
# Board latency at scale: 10,000 open deals in one pipeline; p50/p95 of the first board render
# (GET /deals?pipeline=…, the page) and of a move (POST /api/v1/deals/{id}/move). Targets: 300 ms and 50 ms.
# Usage: bench/board/run.sh [deals]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
deals=${1:-10000}
java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
java=${java:-java}
port=18082
data=$(mktemp -d /tmp/growthhub-board-bench-XXXXXX)
chmod 755 "$data"
log="$data/app.log"
[ -f target/growthhub.jar ] || ./mvnw -q -B -DskipTests package
pgjdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)

GROWTHHUB_DATA_DIR="$data" SERVER_PORT=$port GROWTHHUB_DEMO_DATA=true "$java" -XX:+UseSerialGC -jar target/growthhub.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the app did not start:"; tail -20 "$log"; exit 1; }
  sleep 0.5
done
pgport=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2)
password=$(grep '^app.password=' "$data/postgres-credentials.properties" | cut -d= -f2)
"$java" -cp "$pgjdbc" bench/board/BoardBench.java "http://127.0.0.1:$port" \
  "jdbc:postgresql://127.0.0.1:$pgport/growthhub" growthhub "$password" "$deals"
