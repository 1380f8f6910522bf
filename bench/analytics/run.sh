#!/usr/bin/env bash
# Analytics reports at scale: one organization with 1,000,000 contacts, 200 campaigns with 3 years of monthly spend,
# 5,000,000 KPI events over 3 years, 500,000 paid invoices and 100,000 deals with their stage history. Triggers the
# rollup rebuild job once (that also builds the rollups of the generated events) and times it, then p50/p95 of the
# year campaign report, the funnel and stage velocity through the API, beside the same figures from the raw KPI
# events in plain SQL. Target: 150 ms p95 for each API report.
# Usage: bench/analytics/run.sh [contacts] [events]   (defaults 1000000 5000000; try 100000 500000 for a quick look)
# BENCH_ZONE=Europe/Berlin sets the organization's time zone first (default America/Los_Angeles: days cut off UTC).
# BENCH_DATA=/some/dir keeps the data and reuses it (the generator skips an organization that already has events).
set -euo pipefail
cd "$(dirname "$0")/../.."
contacts=${1:-1000000}
events=${2:-5000000}
port=${BENCH_PORT:-18089}
name=analytics
. bench/app.sh
run_bench bench/analytics/AnalyticsBench.java "$contacts" "$events"
