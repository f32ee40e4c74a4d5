#!/usr/bin/env bash
# Runs the whole Trade Deal Suite on this machine, with nothing but a JDK (17+) installed:
#   1. builds the services when a jar is missing or older than its sources (Maven wrapper);
#   2. uses the PostgreSQL server at PGHOST:PGPORT (default 127.0.0.1:5432) when one answers, otherwise
#      starts an embedded PostgreSQL whose data stays in $TRADE_DEAL_DATA_DIR/postgres;
#   3. creates the databases trade_data and negotiation (TRADE_DATA_DB, NEGOTIATION_DB) when missing;
#   4. starts Keycloak (deploy/keycloak/keycloak.sh: the realm tradedeal, imported afresh at each start) on
#      KEYCLOAK_PORT, the issuer every service checks tokens with;
#   5. starts trade-data-service, rules-service and negotiation-service, waits until each is ready,
#      and prints their URLs and how to log in. Ctrl-C stops everything this script started.
# While it runs, deploy/local/suite-service.sh stops and starts one service (to see a draft survive
# rules-service being down, for example).
#
# Environment (all optional):
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   the PostgreSQL server to use (127.0.0.1, 5432, postgres, postgres)
#   TRADE_DEAL_DATA_DIR                  embedded database, logs, run files (default: <repo>/.data)
#   TRADE_DATA_PORT, RULES_PORT, NEGOTIATION_PORT   HTTP ports of the APIs (8081, 8082, 8080); each service
#                                        serves health and metrics on its port + 1000 (9081, 9082, 9080)
#   TRADE_DATA_DB, NEGOTIATION_DB        the services' database names (trade_data, negotiation)
#   KEYCLOAK_PORT                        Keycloak's port (8180; health on 9180): the issuer is
#                                        http://localhost:KEYCLOAK_PORT/realms/tradedeal
#   SUITE_JSON_LOGS=true                 JSON log lines, as in production (default: plain text with trace ids)
#   QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT   an OTLP collector for the traces (default: none, not exported)
#   SUITE_JAVA_OPTS                      JVM options for each service (default: -Xms32m -Xmx384m: a small initial
#                                        heap keeps an idle service's resident memory low, the heap grows under load)
#   SUITE_JAVA_HOME                      the JDK the services run on (default: the newest JDK 25+ under /usr/lib/jvm
#                                        or on the PATH, for its AOT cache; else the java on the PATH)
#   SUITE_AOT=false                      no JDK 25 AOT cache: the services run on the java on the PATH (or
#                                        SUITE_JAVA_HOME's) with a class-data-sharing archive, as on a JDK 17
#   SUITE_CDS=false                      no start cache at all (neither AOT cache nor class-data-sharing archive;
#                                        default: one per service, build and JVM in $TRADE_DEAL_DATA_DIR/cds, written
#                                        when the service stops the first time and used by every later start)
#   SUITE_READY_TIMEOUT                  seconds to wait for each service to be ready (default: 180)
set -euo pipefail
# shellcheck source=suite-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/suite-lib.sh"

TRADE_DATA_PORT=${TRADE_DATA_PORT:-8081}
RULES_PORT=${RULES_PORT:-8082}
NEGOTIATION_PORT=${NEGOTIATION_PORT:-8080}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
TRADE_DATA_DB=${TRADE_DATA_DB:-trade_data}
NEGOTIATION_DB=${NEGOTIATION_DB:-negotiation}
ISSUER=http://localhost:$KEYCLOAK_PORT/realms/tradedeal
JAVA_OPTS=${SUITE_JAVA_OPTS:--Xms32m -Xmx384m}
CDS=${SUITE_CDS:-true}
AOT=${SUITE_AOT:-$CDS}
JSON_LOGS=${SUITE_JSON_LOGS:-false}
READY_TIMEOUT=${SUITE_READY_TIMEOUT:-180}

mkdir -p "$LOG_DIR" "$RUN_DIR"
cd "$ROOT"
command -v java >/dev/null || die "java is not on the PATH; install a JDK 17 or newer"
for service in "$KEYCLOAK" "${SERVICES[@]}"; do
    [[ -z $(service_pid "$service") ]] || die "$service already runs (pid $(service_pid "$service")); is another suite running?"
done

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
compgen -G "deploy/keycloak/target/keycloak-[0-9]*/bin/kc.sh" >/dev/null || needs_build=true # unpacked by the build
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

# --- Ctrl-C (or any exit) stops what was started: the services, Keycloak, then an embedded PostgreSQL
POSTGRES_PID=""
stop_all() {
    trap - INT TERM EXIT
    local i
    for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
        stop_service "${SERVICES[i]}"
    done
    stop_service "$KEYCLOAK"
    if [[ -n $POSTGRES_PID ]] && kill -0 "$POSTGRES_PID" 2>/dev/null; then
        say "Stopping PostgreSQL (pid $POSTGRES_PID) ..."
        kill -TERM "$POSTGRES_PID" 2>/dev/null || true
        wait "$POSTGRES_PID" 2>/dev/null || true
    fi
    say "Stopped."
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 2 + 3. PostgreSQL and the databases ---------------------------------------------------------
: >"$LOG_DIR/postgres.log" # exists before the background job's redirect does, for the wait below
java -cp "deploy/local-postgres/target/classes:$(cat deploy/local-postgres/target/runtime-classpath.txt)" \
    org.tradedeal.localpostgres.LocalPostgresLauncher "--data-dir=$DATA_DIR/postgres" "$TRADE_DATA_DB" "$NEGOTIATION_DB" \
    >"$LOG_DIR/postgres.log" 2>&1 &
POSTGRES_PID=$!
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
if [[ $ready_line == *"embedded server"* ]]; then
    EMBEDDED_PG=true # the embedded server trusts its superuser
    PG_USER=postgres PG_PASSWORD=postgres
else
    EMBEDDED_PG=false # the launcher exits at once when it found a running server
    POSTGRES_PID=""
    PG_USER=${PGUSER:-postgres} PG_PASSWORD=${PGPASSWORD:-postgres}
fi

# --- 4. Keycloak --------------------------------------------------------------------------------
# A fresh database in $DATA_DIR/keycloak at each start, with the realm file imported: its users and
# their passwords are the README's. The desk's redirect URIs follow NEGOTIATION_PORT.
{
    echo '#!/usr/bin/env bash'
    echo "# Written by run-suite.sh: starts Keycloak as the running suite does."
    printf 'cd %q\n' "$ROOT"
    printf 'export TRADEDEAL_DESK_URL=%q\n' "http://localhost:$NEGOTIATION_PORT"
    printf 'exec deploy/keycloak/keycloak.sh start %q %q %q >>%q 2>&1\n' "$KEYCLOAK_PORT" "$((KEYCLOAK_PORT + 1000))" \
        "$DATA_DIR/keycloak" "$LOG_DIR/keycloak.log"
} >"$RUN_DIR/$KEYCLOAK.sh"
chmod +x "$RUN_DIR/$KEYCLOAK.sh"
echo "$KEYCLOAK_PORT" >"$RUN_DIR/$KEYCLOAK.port"
echo "$((KEYCLOAK_PORT + 1000))" >"$RUN_DIR/$KEYCLOAK.management-port"
echo /health/ready >"$RUN_DIR/$KEYCLOAK.ready-path"
: >"$LOG_DIR/keycloak.log"
say "Starting Keycloak (log: $LOG_DIR/keycloak.log) ..."
start_service "$KEYCLOAK"
wait_ready "$KEYCLOAK" "$READY_TIMEOUT"

# --- 5. the services ----------------------------------------------------------------------------
# The JVM the services run on, and what it keeps between starts so that a start does less work:
# - on a JDK 25+ (JEP 483/514/515), an AOT cache: the first start is a training run (-XX:AOTCacheOutput) that
#   writes, when the service stops, the classes it loaded already parsed, linked and verified plus the method
#   profiles it gathered; later starts map them in (-XX:AOTCache) and the JIT compiles less and sooner;
# - otherwise a class-data-sharing archive (AppCDS) of the loaded classes: on JDK 19+ the JVM writes and checks it
#   itself (AutoCreateSharedArchive), on 17-18 the first start writes it at exit (ArchiveClassesAtExit).
# One cache per build of the service and per JVM (a new build or another JDK writes a new one), in $DATA_DIR/cds.
java_version() { # java command -> its full runtime version, e.g. 25.0.3+9-LTS
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'
}
feature_of() { # runtime version -> its feature release, e.g. 25 (1.8.0_x -> 8)
    local version=${1#1.}
    echo "${version%%[!0-9]*}"
}
service_java() { # the java command for the services: SUITE_JAVA_HOME's; else, for the AOT cache, the newest JDK 25+
    # under /usr/lib/jvm (or on the PATH); else the java on the PATH
    if [[ -n ${SUITE_JAVA_HOME:-} ]]; then
        [[ -x $SUITE_JAVA_HOME/bin/java ]] || die "SUITE_JAVA_HOME=$SUITE_JAVA_HOME has no bin/java"
        echo "$SUITE_JAVA_HOME/bin/java"
        return
    fi
    local best=java best_feature=0 candidate feature
    if $AOT; then
        for candidate in java /usr/lib/jvm/*/bin/java; do
            [[ -x $(command -v "$candidate") ]] || continue
            feature=$(feature_of "$(java_version "$candidate")")
            if [[ -n $feature ]] && ((feature >= 25 && feature > best_feature)); then
                best=$candidate best_feature=$feature
            fi
        done
    fi
    echo "$best"
}
SERVICE_JAVA=$(service_java)
SERVICE_JAVA_VERSION=$(java_version "$SERVICE_JAVA")
[[ -n $SERVICE_JAVA_VERSION ]] || die "$SERVICE_JAVA does not run"
if $AOT && (($(feature_of "$SERVICE_JAVA_VERSION") >= 25)); then
    CACHE_KIND=aot
elif $CDS; then
    CACHE_KIND=cds
else
    CACHE_KIND=none
fi

start_cache() { # service: its cache's path for this build and JVM (nothing when the services run without one)
    [[ $CACHE_KIND != none ]] || return 0
    local service=$1 build suffix
    build=$(find "$service/target/quarkus-app" -type f -name '*.jar' -printf '%P %s %T@\n' | sort | cksum | cut -d' ' -f1)
    suffix=java$(tr -c 'A-Za-z0-9.\n' _ <<<"$SERVICE_JAVA_VERSION").$([[ $CACHE_KIND == aot ]] && echo aot || echo jsa)
    mkdir -p "$DATA_DIR/cds"
    find "$DATA_DIR/cds" -name "$service-*" ! -name "$service-$build-$suffix" -delete # older builds' and JVMs'
    echo "$DATA_DIR/cds/$service-$build-$suffix"
}

write_start_command() { # service, port, extra env (NAME=value)...
    local service=$1 port=$2 script=$RUN_DIR/$1.sh
    shift 2
    local cache java
    cache=$(start_cache "$service")
    java=$(printf '%q %s' "$SERVICE_JAVA" "$JAVA_OPTS")
    {
        echo '#!/usr/bin/env bash'
        echo "# Written by run-suite.sh: starts $service as the running suite does."
        printf 'cd %q\n' "$ROOT"
        printf 'export QUARKUS_HTTP_PORT=%q\n' "$port"
        printf 'export QUARKUS_MANAGEMENT_PORT=%q\n' "$((port + 1000))" # health and metrics
        printf 'export QUARKUS_LOG_CONSOLE_JSON_ENABLED=%q\n' "$JSON_LOGS"
        local setting
        for setting in "$@"; do
            printf 'export %q\n' "$setting"
        done
        local run training=$RUN_DIR/$service.training
        run=$(printf -- '-jar %q >>%q 2>&1' "$service/target/quarkus-app/quarkus-run.jar" "$LOG_DIR/$service.log")
        # A training start names its cache in <service>.training: stop_service then waits for the cache to be
        # written, and deletes it when the JVM had to be killed before it was whole.
        case $CACHE_KIND in
            none) printf 'exec %s %s\n' "$java" "$run" ;;
            aot | cds)
                local use=-XX:SharedArchiveFile write=-XX:ArchiveClassesAtExit
                [[ $CACHE_KIND == aot ]] && use=-XX:AOTCache write=-XX:AOTCacheOutput
                if [[ $CACHE_KIND == cds ]] && "$SERVICE_JAVA" -XX:+AutoCreateSharedArchive -version >/dev/null 2>&1; then
                    printf 'exec %s -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=%q %s\n' "$java" "$cache" "$run"
                else
                    printf 'if [[ -f %q ]]; then\n' "$cache"
                    printf '    rm -f %q\n' "$training"
                    printf '    exec %s %s=%q %s\n' "$java" "$use" "$cache" "$run"
                    printf 'else # a training start: the cache is written when the service stops\n'
                    printf '    echo %q >%q\n' "$cache" "$training"
                    printf '    exec %s %s=%q %s\n' "$java" "$write" "$cache" "$run"
                    printf 'fi\n'
                fi
                ;;
        esac
    } >"$script"
    chmod +x "$script"
    echo "$port" >"$RUN_DIR/$service.port"
    echo "$((port + 1000))" >"$RUN_DIR/$service.management-port"
    case $CACHE_KIND in
        none) say "$service: JVM $SERVICE_JAVA ($SERVICE_JAVA_VERSION), no start cache" ;;
        *)
            local state="written when the service first stops"
            [[ -f $cache ]] && state=present
            say "$service: JVM $SERVICE_JAVA ($SERVICE_JAVA_VERSION), $([[ $CACHE_KIND == aot ]] && echo AOT cache || echo AppCDS archive) $cache ($state)"
            ;;
    esac
}
PG_JDBC="jdbc:postgresql://${pg_address}"
write_start_command trade-data-service "$TRADE_DATA_PORT" \
    "QUARKUS_DATASOURCE_JDBC_URL=$PG_JDBC/$TRADE_DATA_DB" \
    "QUARKUS_DATASOURCE_USERNAME=$PG_USER" "QUARKUS_DATASOURCE_PASSWORD=$PG_PASSWORD" \
    "QUARKUS_OIDC_AUTH_SERVER_URL=$ISSUER"
write_start_command rules-service "$RULES_PORT" \
    "QUARKUS_OIDC_AUTH_SERVER_URL=$ISSUER"
# negotiation-service: the desk's logins (client negotiation-web) and its own calls to the other two (client
# negotiation-service, client credentials), with the realm file's local secrets; both take the issuer from
# QUARKUS_OIDC_AUTH_SERVER_URL.
write_start_command negotiation-service "$NEGOTIATION_PORT" \
    "QUARKUS_DATASOURCE_JDBC_URL=$PG_JDBC/$NEGOTIATION_DB" \
    "QUARKUS_DATASOURCE_USERNAME=$PG_USER" "QUARKUS_DATASOURCE_PASSWORD=$PG_PASSWORD" \
    "QUARKUS_REST_CLIENT_TRADE_DATA_URL=http://localhost:$TRADE_DATA_PORT" \
    "QUARKUS_REST_CLIENT_RULES_URL=http://localhost:$RULES_PORT" \
    "QUARKUS_OIDC_AUTH_SERVER_URL=$ISSUER" \
    "QUARKUS_OIDC_DESK_CREDENTIALS_SECRET=negotiation-web-local-secret" \
    "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=negotiation-service-local-secret"

for service in "${SERVICES[@]}"; do
    : >"$LOG_DIR/$service.log"
    start_service "$service"
done
for service in "${SERVICES[@]}"; do
    wait_ready "$service" "$READY_TIMEOUT"
done

url() { printf 'http://localhost:%s%s' "$1" "$2"; }
cat <<EOF

  The Trade Deal Suite is running. The negotiator's desk: $(url "$NEGOTIATION_PORT" /)

  negotiation-service  API $(url "$NEGOTIATION_PORT" /api/v1/negotiations)  OpenAPI $(url "$NEGOTIATION_PORT" /q/openapi)
                       health $(url $((NEGOTIATION_PORT + 1000)) /q/health)  metrics $(url $((NEGOTIATION_PORT + 1000)) /q/metrics)
                       downstreams $(url $((NEGOTIATION_PORT + 1000)) /q/health/group/downstreams)
  trade-data-service   API $(url "$TRADE_DATA_PORT" /api/v1/partners)  OpenAPI $(url "$TRADE_DATA_PORT" /q/openapi)
                       health $(url $((TRADE_DATA_PORT + 1000)) /q/health)  metrics $(url $((TRADE_DATA_PORT + 1000)) /q/metrics)
  rules-service        API $(url "$RULES_PORT" /api/v1/rules)  OpenAPI $(url "$RULES_PORT" /q/openapi)
                       health $(url $((RULES_PORT + 1000)) /q/health)  metrics $(url $((RULES_PORT + 1000)) /q/metrics)

  Keycloak             $(url "$KEYCLOAK_PORT" /realms/tradedeal)  (issuer; health $(url $((KEYCLOAK_PORT + 1000)) /health/ready))
    log in at the desk as pk-negotiator / pk-negotiator-pw (also pk-negotiator2, us-negotiator, analyst, admin;
    password: the user name + "-pw"); a token for curl (README, "Logging in"):
    curl -s -d grant_type=password -d client_id=tradedeal-cli -d username=pk-negotiator -d password=pk-negotiator-pw \\
      $(url "$KEYCLOAK_PORT" /realms/tradedeal/protocol/openid-connect/token)

  PostgreSQL: ${ready_line#READY }
  Logs: $LOG_DIR
  Stop or start one service: deploy/local/suite-service.sh stop|start|status <service>
  Press Ctrl-C to stop everything.

EOF

# Stay until Ctrl-C. A service that dies is reported (the others keep running: that is what the
# suite is built for); an embedded PostgreSQL that dies ends the run.
while true; do
    for service in "$KEYCLOAK" "${SERVICES[@]}"; do
        if [[ -f $RUN_DIR/$service.pid && -z $(service_pid "$service") ]]; then
            rm -f "$RUN_DIR/$service.pid"
            say "WARNING: $service stopped unexpectedly; see $LOG_DIR/$service.log" \
                "(deploy/local/suite-service.sh start $service starts it again)"
        fi
    done
    if $EMBEDDED_PG && ! kill -0 "$POSTGRES_PID" 2>/dev/null; then
        die "the embedded PostgreSQL stopped; see $LOG_DIR/postgres.log"
    fi
    sleep 2
done
