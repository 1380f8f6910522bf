#!/usr/bin/env bash
# Time to ready and resident memory after start, with the embedded database already initialized.
# Usage: bench/startup/run.sh [runs]   (default 3 runs; prints one line per run and the median)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
java=${java:-java}
port=18080
data=$(mktemp -d /tmp/growthhub-bench-XXXXXX)
work=target/bench-startup
trap 'rm -rf "$data"' EXIT

[ -f target/growthhub.jar ] || ./mvnw -q -B -DskipTests package
rm -rf "$work" && mkdir -p "$work"
# An extracted jar with a JDK AOT cache starts far faster than the fat jar (see README, design).
"$java" -Djarmode=tools -jar target/growthhub.jar extract --destination "$work/app" >/dev/null
common=(-XX:TieredStopAtLevel=1 -Xss512k -XX:MaxRAMPercentage=25 -XX:+UseSerialGC)
env=(GROWTHHUB_DATA_DIR="$data" SERVER_PORT=$port GROWTHHUB_DEMO_DATA=true)

echo "training run (initializes the database and records the AOT cache)..."
env "${env[@]}" "$java" "${common[@]}" -XX:AOTCacheOutput="$work/app.aot" -Dspring.context.exit=onRefresh \
  -jar "$work/app/growthhub.jar" >"$work/training.log" 2>&1

measure() {
  local label=$1; shift
  local start=$(date +%s%N)
  env "${env[@]}" "$java" "${common[@]}" "$@" >"$work/run.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "app died, see $work/run.log"; exit 1; }
    sleep 0.05
  done
  local ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  local rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$label ready_ms=$ready_ms rss_mb=$((rss_kb / 1024))"
}

for i in $(seq "$runs"); do measure "aot-cache run $i" -XX:AOTCache="$work/app.aot" -jar "$work/app/growthhub.jar"; done | tee "$work/results.txt"
for i in $(seq "$runs"); do measure "fat-jar run $i" -jar target/growthhub.jar; done | tee -a "$work/results.txt"
for kind in aot-cache fat-jar; do
  grep "^$kind" "$work/results.txt" | awk -v k=$kind '{split($4,a,"=");split($5,b,"="); print a[2], b[2]}' | sort -n |
    awk -v k=$kind '{r[NR]=$1; m[NR]=$2} END {i=int((NR+1)/2); printf "%s median: ready %.2f s, RSS %d MB\n", k, r[i]/1000, m[i]}'
done
