#!/usr/bin/env bash
# Stops, starts or shows one service of the suite that deploy/local/run-suite.sh runs, or its Keycloak, e.g.
#   deploy/local/suite-service.sh stop rules-service     # drafts submitted now wait as SCORING_PENDING
#   deploy/local/suite-service.sh start rules-service    # ... and are scored once it is back
#   deploy/local/suite-service.sh restart keycloak       # the realm file imported afresh (sessions end)
#   deploy/local/suite-service.sh status
# A service started here is stopped by run-suite.sh's Ctrl-C like the others.
set -euo pipefail
# shellcheck source=suite-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/suite-lib.sh"

usage() {
    echo "usage: $0 stop|start|restart <service> | status" >&2
    echo "services: $KEYCLOAK ${SERVICES[*]}" >&2
    exit 2
}

status() {
    local service pid
    for service in "$KEYCLOAK" "${SERVICES[@]}"; do
        pid=$(service_pid "$service")
        if [[ -n $pid ]]; then
            printf '%-20s running (pid %s, port %s, health and metrics on %s)\n' "$service" "$pid" \
                "$(cat "$RUN_DIR/$service.port" 2>/dev/null)" "$(cat "$RUN_DIR/$service.management-port" 2>/dev/null)"
        else
            printf '%-20s stopped\n' "$service"
        fi
    done
}

action=${1:-}
[[ $action == status ]] && { status; exit 0; }
service=${2:-}
[[ -n $action && " $KEYCLOAK ${SERVICES[*]} " == *" $service "* ]] || usage
case $action in
    stop) stop_service "$service"; say "$service stopped." ;;
    start) start_service "$service"; wait_ready "$service" "${SUITE_READY_TIMEOUT:-180}" ;;
    restart) stop_service "$service"; start_service "$service"; wait_ready "$service" "${SUITE_READY_TIMEOUT:-180}" ;;
    *) usage ;;
esac
