#!/usr/bin/env bash
# The calls module's half of issue 15's benchmark.
# 1. Classification: calls per second the built-in rules classify (status rules, then the rule classifier over the
#    transcript), over generated transcripts of 4-10 turns, in-process from target/classes (no app, no database).
# 2. The inbox at scale: one INSERT ... SELECT generate_series seeds the demo organization with N calls (as the
#    superuser with triggers off, so the audit trail does not get N rows), then p50/p95/p99 of the first page of
#    GET /api/v1/calls (plain and with filters) and of the /calls page. Target: p95 <= 50 ms at 1M calls.
# Usage: bench/calls/run.sh [transcripts] [calls]   (default 50000 1000000); PART=classify or PART=inbox for one part
set -euo pipefail
cd "$(dirname "$0")/../.."
transcripts=${1:-50000}
calls=${2:-1000000}
part=${PART:-all}
[ -f target/growthhub.jar ] || ./mvnw -q -B -DskipTests package
java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
java=${java:-java}
if [ "$part" = all ] || [ "$part" = classify ]; then
  slf4j=$(ls ~/.m2/repository/org/slf4j/slf4j-api/*/slf4j-api-*.jar | grep -v sources | tail -1)
  "$java" -cp "target/classes:$slf4j" bench/calls/ClassifyBench.java "$transcripts"
fi
if [ "$part" = all ] || [ "$part" = inbox ]; then
  port=18096
  name=calls
  . bench/app.sh
  run_bench bench/calls/InboxBench.java "$superpassword" "$calls"
fi
