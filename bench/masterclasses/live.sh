#!/usr/bin/env bash
# One masterclass live room under load (issue 18): N registrants (default 2000) hold the room's SSE stream open, each
# heartbeats every 30 s, and 20 chat messages a second are posted for S seconds (default 60). Prints p50/p95/p99/max
# from a message posted to its arrival on every viewer's stream (target p95 ≤ 1 s), the viewer count the heartbeats
# answer (right within one heartbeat), heap and threads at the end. Then the same with a second node on the same
# database (viewers and posts alternate between the nodes; fan-out through PostgreSQL LISTEN/NOTIFY).
# Usage: bench/masterclasses/live.sh [viewers] [seconds] [nodes: 1, 2 or both]
#        (rebuild the jar first: ./mvnw -q -B -o -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
viewers=${1:-2000}
seconds=${2:-60}
which=${3:-both}
port=18097
name=masterclasses-live
app_options="-XX:+UseSerialGC -Xmx1g"
. bench/app.sh
if [ "$which" = 1 ] || [ "$which" = both ]; then
  echo "== one node"
  run_bench bench/masterclasses/LiveRoomBench.java "$viewers" "$seconds"
fi
if [ "$which" = 2 ] || [ "$which" = both ]; then
  echo "== two nodes sharing the database"
  port2=$((port + 1))
  # shellcheck disable=SC2086
  SERVER_PORT=$port2 GROWTHHUB_DATA_DIR="$data/node2" "$java" $app_options -jar target/growthhub.jar \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/growthhub" --spring.datasource.username=growthhub \
    --spring.datasource.password="$password" --growthhub.demo-data=false \
    >"$data/node2.log" 2>&1 &
  node2=$!
  trap 'kill $node2 2>/dev/null; wait $node2 2>/dev/null || true; kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ $keep = 1 ] || rm -rf "$data"' EXIT
  until curl -fs "http://127.0.0.1:$port2/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $node2 2>/dev/null || { echo "the second node did not start:"; tail -20 "$data/node2.log"; exit 1; }
    sleep 0.5
  done
  run_bench bench/masterclasses/LiveRoomBench.java "$viewers" "$seconds" "http://127.0.0.1:$port2"
fi
