# Sourced by the benchmarks: starts target/growthhub.jar (built if missing) on the embedded PostgreSQL in
# a data directory, waits until it is ready, and stops it (removing the directory) when the script exits.
# In: port, name (of the benchmark), optional BENCH_DATA (keep and reuse that directory), optional
# app_options (JVM options), optional stub (an array: a stub service's Java source file and its arguments, started
# first, ready when http://127.0.0.1:$stubport/stats answers, and stopped with the app).
# Out: java, data, log, pgjdbc, pgport, password, superpassword, app (its pid); run_bench (below).
java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
java=${java:-java}
stub_pid=
if [ -n "${stub[*]:-}" ]; then
  "$java" "${stub[@]}" &
  stub_pid=$!
  trap 'kill $stub_pid 2>/dev/null || true' EXIT
  until curl -fs "http://127.0.0.1:$stubport/stats" >/dev/null 2>&1; do sleep 0.2; done
fi
if [ -n "${BENCH_DATA:-}" ]; then
  data=$BENCH_DATA; keep=1; mkdir -p "$data"
else
  data=$(mktemp -d "/tmp/growthhub-$name-bench-XXXXXX"); keep=0
fi
chmod 755 "$data"
log="$data/app.log"
[ -f target/growthhub.jar ] || ./mvnw -q -B -DskipTests package
pgjdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)

# shellcheck disable=SC2086
GROWTHHUB_DATA_DIR="$data" SERVER_PORT=$port GROWTHHUB_DEMO_DATA=true "$java" ${app_options:--XX:+UseSerialGC} \
  -jar target/growthhub.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ -z "$stub_pid" ] || kill $stub_pid 2>/dev/null || true; [ $keep = 1 ] || rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the app did not start:"; tail -20 "$log"; exit 1; }
  sleep 0.5
done
pgport=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2)
password=$(grep '^app.password=' "$data/postgres-credentials.properties" | cut -d= -f2)
superpassword=$(grep '^superuser.password=' "$data/postgres-credentials.properties" | cut -d= -f2)

# Runs a benchmark's Java program (bench/<area>/<Name>.java, whose package is its folder's name: the launcher then
# finds the shared support package under bench/) with the PostgreSQL driver, giving it the app's URL, its database's
# JDBC URL, user and password, then the arguments given here.
run_bench() {
  local program=$1; shift
  "$java" -cp "$pgjdbc" "$program" "http://127.0.0.1:$port" "jdbc:postgresql://127.0.0.1:$pgport/growthhub" growthhub \
    "$password" "$@"
}
