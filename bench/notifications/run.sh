#!/usr/bin/env bash
# Live fan-out: N browsers (default 500) hold the notification stream open on one node; a change of the
# unread count (POST /api/v1/notifications/read-all) must reach all of them. Prints p50/p95/max of the
# time until the last subscriber has the event.   Usage: bench/notifications/run.sh [subscribers]
set -euo pipefail
cd "$(dirname "$0")/../.."
subscribers=${1:-500}
port=18084
name=notifications
. bench/app.sh
run_bench bench/notifications/NotificationsBench.java "$subscribers"
