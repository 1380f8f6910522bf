#!/usr/bin/env bash
# KPI rollup rebuild at scale: one organization with N KPI events (default 1,000,000; the issue's figure is 5,000,000)
# over 3 years, 200 campaigns and N/5 contacts, loaded in one statement; then the real nightly job (db-scheduler's
# kpi-rollup-rebuild, made due now) recomputes contact touches and daily rollups. Prints the load time, the job's own
# time from the app's log, and the rows written.
# Usage: bench/kpi/run.sh [events]
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-1000000}
port=18127
name=kpi
. bench/app.sh
"$java" -cp "$pgjdbc" bench/kpi/RollupBench.java "jdbc:postgresql://127.0.0.1:$pgport/growthhub" "$superpassword" \
  "$events" "$log"
