#!/usr/bin/env bash
# Task board latency at scale: 5,000 items on one board; p50/p95 of the first board render
# (GET /tasks/boards/{id}, the page), of the table view, and of a move (POST /api/v1/items/{id}/move).
# Targets: 300 ms and 50 ms. Usage: bench/tasks/run.sh [items]   (default 5000)
set -euo pipefail
cd "$(dirname "$0")/../.."
items=${1:-5000}
port=18087
name=tasks
. bench/app.sh
run_bench bench/tasks/TaskBoardBench.java "$items"
