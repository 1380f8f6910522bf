#!/usr/bin/env bash
# Retention (issue 19): the nightly purge of N expired activities (default 1,000,000) while a loop saves contacts
# through the API; prints the purge's time and p50/p95/p99 of the saves before and during it. Rebuild the jar first
# (./mvnw -q -B -o -ntp -DskipTests package) so that it has the retention job.
# Usage: bench/retention/run.sh [activities]
set -euo pipefail
cd "$(dirname "$0")/../.."
activities=${1:-1000000}
port=18119
name=retention
. bench/app.sh
run_bench bench/retention/RetentionBench.java "$superpassword" "$activities"
