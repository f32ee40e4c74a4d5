#!/usr/bin/env bash
# Runs the whole Trade Deal Suite on this machine, with nothing but a JDK (17+) installed:
#   1. builds the services when a jar is missing or older than its sources (Maven wrapper);
#   2. uses the PostgreSQL server at PGHOST:PGPORT (default 127.0.0.1:5432) when one answers, otherwise
#      starts an embedded PostgreSQL whose data stays in $TRADE_DEAL_DATA_DIR/postgres;
#   3. creates the databases trade_data and negotiation when missing;
#   4. starts trade-data-service, rules-service and negotiation-service, waits until each is ready,
#      and prints their URLs. Ctrl-C stops everything this script started.
#
# Environment (all optional):
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   the PostgreSQL server to use (127.0.0.1, 5432, postgres, postgres)
#   TRADE_DEAL_DATA_DIR                  embedded database and logs (default: <repo>/.data)
#   TRADE_DATA_PORT, RULES_PORT, NEGOTIATION_PORT   HTTP ports (8081, 8082, 8080)
#   SUITE_JAVA_OPTS                      JVM options for each service (default: -Xmx384m)
#   SUITE_READY_TIMEOUT                  seconds to wait for everything to be ready (default: 180)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA_DIR=${TRADE_DEAL_DATA_DIR:-$ROOT/.data}
LOG_DIR=$DATA_DIR/logs
TRADE_DATA_PORT=${TRADE_DATA_PORT:-8081}
RULES_PORT=${RULES_PORT:-8082}
NEGOTIATION_PORT=${NEGOTIATION_PORT:-8080}
JAVA_OPTS=${SUITE_JAVA_OPTS:--Xmx384m}
READY_TIMEOUT=${SUITE_READY_TIMEOUT:-180}
SERVICES=(trade-data-service rules-service negotiation-service)

mkdir -p "$LOG_DIR"
cd "$ROOT"

say() { printf '[suite] %s\n' "$*"; }
die() { printf '[suite] ERROR: %s\n' "$*" >&2; exit 1; }

command -v java >/dev/null || die "java is not on the PATH; install a JDK 17 or newer"

# --- 1. build what is missing -------------------------------------------------------------------
stale() {
    local module=$1 artifact=$2
    [[ -f $artifact ]] || return 0
    [[ -n $(find "$module/src" "$module/pom.xml" "$ROOT/pom.xml" -newer "$artifact" -print -quit 2>/dev/null) ]]
}
needs_build=false
stale deploy/local-postgres deploy/local-postgres/target/runtime-classpath.txt && needs_build=true
for service in "${SERVICES[@]}"; do
    stale "$service" "$service/target/quarkus-app/quarkus-run.jar" && needs_build=true
done
if $needs_build; then
    say "Building the suite (first run downloads dependencies; log: $LOG_DIR/build.log) ..."
    if ! ./mvnw -B -ntp package -DskipTests >"$LOG_DIR/build.log" 2>&1; then
        tail -n 40 "$LOG_DIR/build.log" >&2
        die "the build failed; see $LOG_DIR/build.log"
    fi
    # Maven keeps an unchanged jar's old time stamp; touch it so the next run sees it as fresh.
    touch deploy/local-postgres/target/runtime-classpath.txt "${SERVICES[@]/%//target/quarkus-app/quarkus-run.jar}"
else
    say "Build is up to date."
fi

# --- process bookkeeping: Ctrl-C (or any exit) stops what we started, newest first ----------------
PIDS=()
NAMES=()
stop_all() {
    trap - INT TERM EXIT
    local i
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        if kill -0 "${PIDS[i]}" 2>/dev/null; then
            say "Stopping ${NAMES[i]} (pid ${PIDS[i]}) ..."
            kill -TERM "${PIDS[i]}" 2>/dev/null || true
            wait "${PIDS[i]}" 2>/dev/null || true
        fi
    done
    say "Stopped."
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start() { # name, log file, command...
    local name=$1 log=$2
    shift 2
    "$@" >"$log" 2>&1 &
    PIDS+=($!)
    NAMES+=("$name")
}

# --- 2 + 3. PostgreSQL and the databases ---------------------------------------------------------
start postgres "$LOG_DIR/postgres.log" \
    java -cp "deploy/local-postgres/target/classes:$(cat deploy/local-postgres/target/runtime-classpath.txt)" \
    org.tradedeal.localpostgres.LocalPostgresLauncher "--data-dir=$DATA_DIR/postgres" trade_data negotiation
POSTGRES_PID=${PIDS[-1]}
ready_line=""
for ((waited = 0; waited < 120; waited++)); do
    ready_line=$(grep -m1 '^READY ' "$LOG_DIR/postgres.log" || true)
    [[ -n $ready_line ]] && break
    kill -0 "$POSTGRES_PID" 2>/dev/null || break
    sleep 1
done
if [[ -z $ready_line ]]; then
    tail -n 30 "$LOG_DIR/postgres.log" >&2
    die "PostgreSQL did not come up; see $LOG_DIR/postgres.log"
fi
say "PostgreSQL: ${ready_line#READY }"
# "READY host:port (...)" -> host and port for the services' JDBC URLs.
pg_address=${ready_line#READY }
pg_address=${pg_address%% *}
PG_JDBC="jdbc:postgresql://${pg_address}"
if [[ $ready_line == *"embedded server"* ]]; then
    EMBEDDED_PG=true # the embedded server trusts its superuser
    PG_USER=postgres PG_PASSWORD=postgres
else
    EMBEDDED_PG=false # the launcher exits at once when it found a running server
    PG_USER=${PGUSER:-postgres} PG_PASSWORD=${PGPASSWORD:-postgres}
fi

# --- 4. the services ----------------------------------------------------------------------------
run_service() { # module, port, extra env...
    local module=$1 port=$2
    shift 2
    start "$module" "$LOG_DIR/$module.log" \
        env QUARKUS_HTTP_PORT="$port" "$@" java $JAVA_OPTS -jar "$module/target/quarkus-app/quarkus-run.jar"
}
run_service trade-data-service "$TRADE_DATA_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="$PG_JDBC/trade_data" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD"
run_service rules-service "$RULES_PORT"
run_service negotiation-service "$NEGOTIATION_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="$PG_JDBC/negotiation" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD" \
    QUARKUS_REST_CLIENT_TRADE_DATA_URL="http://localhost:$TRADE_DATA_PORT" \
    QUARKUS_REST_CLIENT_RULES_URL="http://localhost:$RULES_PORT"

# HTTP status of GET http://localhost:PORT/PATH, with bash alone (no curl on a bare machine).
http_status() {
    local port=$1 path=$2
    (
        exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
        printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
        read -r -t 5 _ status _ <&3 && echo "$status"
    ) 2>/dev/null || echo 000
}

deadline=$((SECONDS + READY_TIMEOUT))
for service_port in "trade-data-service:$TRADE_DATA_PORT" "rules-service:$RULES_PORT" \
        "negotiation-service:$NEGOTIATION_PORT"; do
    service=${service_port%%:*} port=${service_port##*:}
    until [[ $(http_status "$port" /q/health/ready) == 200 ]]; do
        for i in "${!PIDS[@]}"; do
            if [[ ${NAMES[i]} == "$service" ]] && ! kill -0 "${PIDS[i]}" 2>/dev/null; then
                tail -n 30 "$LOG_DIR/$service.log" >&2
                die "$service exited; see $LOG_DIR/$service.log"
            fi
        done
        ((SECONDS < deadline)) || die "$service was not ready after ${READY_TIMEOUT}s; see $LOG_DIR/$service.log"
        sleep 1
    done
    say "$service is ready."
done

url() { printf 'http://localhost:%s%s' "$1" "$2"; }
cat <<EOF

  The Trade Deal Suite is running.

  negotiation-service  API $(url "$NEGOTIATION_PORT" /api/v1/negotiations)
                       Swagger UI $(url "$NEGOTIATION_PORT" /q/swagger-ui)  health $(url "$NEGOTIATION_PORT" /q/health)
  trade-data-service   API $(url "$TRADE_DATA_PORT" /api/v1/partners)
                       Swagger UI $(url "$TRADE_DATA_PORT" /q/swagger-ui)  health $(url "$TRADE_DATA_PORT" /q/health)
  rules-service        API $(url "$RULES_PORT" /api/v1/rules)
                       Swagger UI $(url "$RULES_PORT" /q/swagger-ui)  health $(url "$RULES_PORT" /q/health)

  PostgreSQL: ${ready_line#READY }
  Logs: $LOG_DIR
  Press Ctrl-C to stop everything.

EOF

# Stay until Ctrl-C, or until a service dies (then stop the rest).
while true; do
    for i in "${!PIDS[@]}"; do
        if [[ ${NAMES[i]} != postgres || $EMBEDDED_PG == true ]] && ! kill -0 "${PIDS[i]}" 2>/dev/null; then
            die "${NAMES[i]} stopped unexpectedly; see $LOG_DIR/${NAMES[i]}.log"
        fi
    done
    sleep 2
done
