#!/usr/bin/env bash
# Agency hub latency at scale: the demo organization as an agency with 500 client accounts and 2,000,000 contacts and
# calls between them (half each, spread over 60 days); p50/p95 of the hub page (GET /agency, signed in as a browser)
# and of GET /api/v1/accounts/summary. Target: p95 <= 150 ms uncached.
# Usage: bench/agency/run.sh [accounts] [contacts+calls]   (default 500 2000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
accounts=${1:-500}
rows=${2:-2000000}
port=18085
name=agency
. bench/app.sh
run_bench bench/agency/AgencyBench.java "$accounts" "$rows"
