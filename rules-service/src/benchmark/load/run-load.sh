#!/usr/bin/env bash
# HTTP load run of rules-service on this machine, loopback only, bounded in time: the scoring endpoint
# beside a bare JSON echo endpoint of the same application, with the same 5 KB request body.
#   rules-service/src/benchmark/load/run-load.sh [seconds] [connections]
# Needs wrk (apt-get install wrk) and the packaged service (./mvnw -pl rules-service package -DskipTests).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../../.." && pwd)
seconds=${1:-20}
connections=${2:-16}
port=${LOAD_PORT:-18082}
jar=${LOAD_JAR:-$root/rules-service/target/quarkus-app/quarkus-run.jar}   # LOAD_JAR: another build, to compare
[[ -f $jar ]] || { echo "build first: ./mvnw -pl rules-service package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

java ${LOAD_JAVA_OPTS:--Xmx512m} -Dquarkus.http.port="$port" -Dquarkus.management.port=$((port + 1000)) -Dbenchmark.echo.enabled=true \
    -Dquarkus.log.level=WARN -jar "$jar" >"$here/../../../target/load-service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$((port + 1000))/q/health/ready" >/dev/null && break # the management port
    sleep 1
done

cpu_ticks() { # user + system CPU of the service so far, in clock ticks
    awk '{print $14 + $15}' "/proc/$service/stat"
}
run() { # path: wrk's report, then the service's own CPU time per answered request
    local before after output requests
    before=$(cpu_ticks)
    output=$(BODY=$here/evaluation-10.json wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/post.lua" \
        "http://127.0.0.1:$port$1")
    after=$(cpu_ticks)
    echo "$output"
    requests=$(echo "$output" | awk '/requests in/ {print $1}')
    echo "service CPU per request: $(( (after - before) * 1000000 / $(getconf CLK_TCK) / requests )) us"
}
echo "== warm-up (both endpoints, $seconds s each, not counted)"
run /api/v1/evaluations >/dev/null
run /api/v1/echo >/dev/null
echo "== POST /api/v1/echo"
run /api/v1/echo
echo "== POST /api/v1/evaluations"
run /api/v1/evaluations
echo "== resident memory of the service after the runs (kB): $(ps -o rss= -p $service)"
