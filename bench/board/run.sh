#!/usr/bin/env bash
# Board latency at scale: 10,000 open deals in one pipeline; p50/p95 of the first board render
# (GET /deals?pipeline=…, the page) and of a move (POST /api/v1/deals/{id}/move). Targets: 300 ms and 50 ms.
# Usage: bench/board/run.sh [deals]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
deals=${1:-10000}
port=18082
name=board
. bench/app.sh
run_bench bench/board/BoardBench.java "$deals"
