#!/usr/bin/env bash
# The suite benchmark (issue 15), one command over the packaged services on loopback:
#   deploy/bench/suite-benchmark.sh
# It starts its own suite with deploy/local/run-suite.sh (building what is missing) on its own ports and
# databases, so it runs beside a developer's suite and other test runs; measures; prints the tables (Markdown,
# ready for BENCHMARKS.md); and stops everything it started. About 8 minutes on a 2-core machine, Keycloak's
# start included; every step is bounded in time.
#
# Needs: a JDK 17+, python3 (standard library only), wrk (apt-get install wrk).
# Environment (all optional):
#   BENCH_PORT_BASE      negotiation-service's port; trade-data +1, rules +2, Keycloak +100, each management +1000
#                        (default 28080: 28080-28082, 28180)
#   BENCH_DB_PREFIX      database names <prefix>trade_data and <prefix>negotiation (default bench_), dropped and
#                        created afresh at each run (with psql when it is installed; else reused)
#   BENCH_SECONDS        measured seconds per throughput run (default 15), BENCH_WARMUP warm-up seconds (default 10)
#   BENCH_CONNECTIONS    wrk connections (default 16)
#   BENCH_STORED_VERSIONS  stored-version steps (default 1000,10000,100000)
#   BENCH_ONLY           a comma-separated subset of: rules,trade-data,one-client,concurrent,stored,commitments,start
#   BENCH_JAVA_OPTS      JVM options of the services (default: run-suite.sh's)
#   SUITE_JAVA_HOME, SUITE_AOT, SUITE_CDS   the services' JVM and start cache, as for run-suite.sh (default: a JDK 25+
#                        with its AOT cache when one is installed); the start phase measures starts that use the cache
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   as for run-suite.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 1; }

base=${BENCH_PORT_BASE:-28080}
prefix=${BENCH_DB_PREFIX:-bench_}
export NEGOTIATION_PORT=$base TRADE_DATA_PORT=$((base + 1)) RULES_PORT=$((base + 2)) KEYCLOAK_PORT=$((base + 100))
export TRADE_DATA_DB=${prefix}trade_data NEGOTIATION_DB=${prefix}negotiation
export TRADE_DEAL_DATA_DIR=${BENCH_DATA_DIR:-$ROOT/.data/bench}
export BENCHMARK_ECHO_ENABLED=true # rules-service's echo endpoint, the reference of its scoring
export SUITE_READY_TIMEOUT=${SUITE_READY_TIMEOUT:-420} # Keycloak takes minutes on a busy 2-core machine
if [[ -n ${BENCH_JAVA_OPTS:-} ]]; then
    export SUITE_JAVA_OPTS=$BENCH_JAVA_OPTS
fi
LOG=$TRADE_DEAL_DATA_DIR/logs
mkdir -p "$LOG"

pg_host=${PGHOST:-127.0.0.1} pg_port=${PGPORT:-5432}
if command -v psql >/dev/null && PGPASSWORD=${PGPASSWORD:-postgres} psql -h "$pg_host" -p "$pg_port" \
    -U "${PGUSER:-postgres}" -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    for db in "$TRADE_DATA_DB" "$NEGOTIATION_DB"; do
        PGPASSWORD=${PGPASSWORD:-postgres} psql -h "$pg_host" -p "$pg_port" -U "${PGUSER:-postgres}" -d postgres \
            -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
    done
fi

echo "[bench] starting the suite (log: $LOG/suite.log) ..." >&2
setsid deploy/local/run-suite.sh >"$LOG/suite.log" 2>&1 &
suite=$!
stop_suite() {
    if kill -0 "$suite" 2>/dev/null; then
        echo "[bench] stopping the suite ..." >&2
        kill -TERM "$suite" 2>/dev/null || true # run-suite.sh stops what it started
        wait "$suite" 2>/dev/null || true
    fi
}
trap stop_suite EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
for ((waited = 0; waited < 600; waited++)); do
    grep -q 'The Trade Deal Suite is running' "$LOG/suite.log" && break
    kill -0 "$suite" 2>/dev/null || { tail -n 30 "$LOG/suite.log" >&2; echo "the suite did not start" >&2; exit 1; }
    sleep 1
done
grep -q 'The Trade Deal Suite is running' "$LOG/suite.log" || { echo "the suite did not start in 600 s" >&2; exit 1; }
pg_address=$(sed -n 's/^\[suite\] PostgreSQL: \([^ ]*\).*/\1/p' "$LOG/suite.log" | head -n1)
embedded=false
grep -q '^\[suite\] PostgreSQL: .*embedded server' "$LOG/suite.log" && embedded=true
if $embedded; then pg_user=postgres pg_password=postgres; else pg_user=${PGUSER:-postgres} pg_password=${PGPASSWORD:-postgres}; fi

# The services' JVM and start caches, as run-suite.sh chose them (SUITE_JAVA_HOME, SUITE_AOT, SUITE_CDS).
jvms=$(sed -n 's/^\[suite\] \([a-z-]*-service\): JVM \(.*\) (\(written when the service first stops\|present\))$/\1: \2/p' \
    "$LOG/suite.log")
echo "[bench] machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)," \
    "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)" >&2
echo "[bench] services: ${jvms//$'\n'/; }" >&2
python3 deploy/bench/suite_benchmark.py --root "$ROOT" --run-dir "$TRADE_DEAL_DATA_DIR/run" --log-dir "$LOG" \
    --work-dir "$TRADE_DEAL_DATA_DIR/work" \
    --negotiation-port "$NEGOTIATION_PORT" --trade-data-port "$TRADE_DATA_PORT" --rules-port "$RULES_PORT" \
    --keycloak-port "$KEYCLOAK_PORT" --negotiation-jdbc "jdbc:postgresql://$pg_address/$NEGOTIATION_DB" \
    --pg-user "$pg_user" --pg-password "$pg_password" \
    --seconds "${BENCH_SECONDS:-15}" --warmup "${BENCH_WARMUP:-10}" --connections "${BENCH_CONNECTIONS:-16}" \
    --stored-versions "${BENCH_STORED_VERSIONS:-1000,10000,100000}" --only "${BENCH_ONLY:-}"
echo
echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM; JVM options: ${SUITE_JAVA_OPTS:-run-suite.sh default}; load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Services' JVMs and start caches: ${jvms//$'\n'/; }."
