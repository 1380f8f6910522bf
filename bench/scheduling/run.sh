#!/usr/bin/env bash
# Scheduling's benchmark (issue 17). On target/growthhub.jar with its embedded PostgreSQL, as the demo owner:
# 1. Slots: a booking page with 10 reps (members seeded with SQL, each with a working week and 3 appointments a
#    weekday over the next 30 days), p50/p95/p99 of GET /api/v1/public/booking/{slug}/slots for 30 days.
#    Target: p95 <= 100 ms.
# 2. The race: 200 concurrent bookings of the same 20 slots of a one-rep page (10 visitors per slot) must yield
#    exactly 20 appointments and 180 answers 409, counted in the database.
# Usage: bench/scheduling/run.sh   (rebuild the jar first: ./mvnw -q -B -o -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18097
# Every request comes from this one address, far past the public booking API's per-address and per-page limits: the
# benchmark measures the slot engine and the race, so it lifts them.
export GROWTHHUB_SCHEDULING_PUBLICBOOKING_BOOKINGSPERADDRESS=100000 GROWTHHUB_SCHEDULING_PUBLICBOOKING_BOOKINGSPERPAGE=100000
export GROWTHHUB_SCHEDULING_PUBLICBOOKING_SLOTLOOKUPSPERADDRESS=100000 GROWTHHUB_SCHEDULING_PUBLICBOOKING_SLOTLOOKUPSPERPAGE=100000
name=scheduling
. bench/app.sh
run_bench bench/scheduling/SchedulingBench.java "$superpassword"
