#!/usr/bin/env bash
# Check-in at scale: an event with 5,000 registrations; p50/p95 of checking one attendee in by a scanned pass code
# (POST /api/v1/events/check-in, target p95 <= 50 ms), then 200 concurrent registrations for 100 seats and 200
# concurrent scans of those passes (each twice): never more seats than the capacity, nobody counted twice.
# Usage: bench/events/run.sh [registrations]   (default 5000)
set -euo pipefail
cd "$(dirname "$0")/../.."
registrations=${1:-5000}
port=18084
name=events
. bench/app.sh
run_bench bench/events/EventsBench.java "$registrations"
