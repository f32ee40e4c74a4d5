# Functions shared by run-suite.sh and suite-service.sh; sourced, not run.
# A running suite keeps, per service (and for Keycloak), in $RUN_DIR: <service>.sh (how to start it, written by
# run-suite.sh), <service>.port (the API), <service>.management-port (health, metrics), <service>.ready-path
# (its readiness check there) and <service>.pid (while it runs).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA_DIR=${TRADE_DEAL_DATA_DIR:-$ROOT/.data}
LOG_DIR=$DATA_DIR/logs
RUN_DIR=$DATA_DIR/run
SERVICES=(trade-data-service rules-service negotiation-service)
# The identity provider the services check tokens with; started before them and stopped after them.
KEYCLOAK=keycloak

say() { printf '[suite] %s\n' "$*"; }
die() { printf '[suite] ERROR: %s\n' "$*" >&2; exit 1; }

# HTTP status of GET http://127.0.0.1:PORT/PATH, with bash alone (no curl on a bare machine).
http_status() {
    local port=$1 path=$2
    (
        exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
        printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
        read -r -t 5 _ status _ <&3 && echo "$status"
    ) 2>/dev/null || echo 000
}

service_pid() { # prints the pid of a running service, or nothing
    local pid_file=$RUN_DIR/$1.pid pid
    [[ -f $pid_file ]] || return 0
    pid=$(<"$pid_file")
    if kill -0 "$pid" 2>/dev/null; then
        echo "$pid"
    fi
}

start_service() { # name: starts it in the background with the command run-suite.sh wrote
    local name=$1
    [[ -x $RUN_DIR/$name.sh ]] || die "no start command for $name in $RUN_DIR: is the suite running?"
    [[ -z $(service_pid "$name") ]] || die "$name is already running (pid $(service_pid "$name"))"
    nohup "$RUN_DIR/$name.sh" >/dev/null 2>&1 &
    echo $! >"$RUN_DIR/$name.pid"
}

stop_service() { # name: TERM, then wait up to 45 s for its graceful shutdown (in-flight requests finish; 30 s at most)
    local name=$1 pid waited limit=45 cache=""
    pid=$(service_pid "$name")
    rm -f "$RUN_DIR/$name.pid"
    [[ -n $pid ]] || return 0
    # A training start (run-suite.sh) writes its start cache as it exits: the JDK's AOT cache takes a second JVM
    # and tens of seconds on a busy machine, so it gets longer; a cache cut short by the kill is deleted.
    if [[ -f $RUN_DIR/$name.training ]]; then
        cache=$(<"$RUN_DIR/$name.training")
        limit=240
        say "Stopping $name (pid $pid); it writes its start cache $cache first ..."
    else
        say "Stopping $name (pid $pid) ..."
    fi
    kill -TERM "$pid" 2>/dev/null || true
    for ((waited = 0; waited < limit; waited++)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$RUN_DIR/$name.training"
            return 0
        fi
        sleep 1
    done
    kill -KILL "$pid" 2>/dev/null || true
    if [[ -n $cache ]]; then
        rm -f "$cache" "$RUN_DIR/$name.training"
    fi
}

wait_ready() { # name, timeout in seconds: until its readiness check answers 200 on the management port
    local name=$1 timeout=$2 port path deadline
    port=$(<"$RUN_DIR/$name.management-port")
    path=$(cat "$RUN_DIR/$name.ready-path" 2>/dev/null || echo /q/health/ready)
    deadline=$((SECONDS + timeout))
    until [[ $(http_status "$port" "$path") == 200 ]]; do
        if [[ -z $(service_pid "$name") ]]; then
            tail -n 30 "$LOG_DIR/$name.log" >&2
            die "$name exited; see $LOG_DIR/$name.log"
        fi
        ((SECONDS < deadline)) || die "$name was not ready after ${timeout}s; see $LOG_DIR/$name.log"
        sleep 1
    done
    say "$name is ready on port $(<"$RUN_DIR/$name.port") (health and metrics on $port)."
}
