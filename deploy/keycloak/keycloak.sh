#!/usr/bin/env bash
# Starts the suite's Keycloak from the distribution the build unpacked (deploy/keycloak/target/keycloak-<version>,
# by `./mvnw package`, from org.keycloak:keycloak-quarkus-dist on Maven Central), for local runs
# (deploy/local/run-suite.sh) and the end-to-end tests:
#
#   deploy/keycloak/keycloak.sh start <http-port> <management-port> <data-dir>
#
# The first start builds the distribution for keycloak.conf's build options (`kc.sh build`, once, about 14 s).
# Every start takes a fresh database in <data-dir> and imports tradedeal-realm.json into it, so the realm file
# is the whole truth about roles, clients and users (nothing typed into the admin console outlives a restart).
# The issuer is http://localhost:<http-port>/realms/tradedeal. Health and readiness on <management-port>
# (/health/ready). Replaces this shell by Keycloak's JVM: stop it with SIGTERM.
#
# Environment (all optional; the realm file reads them, with the local defaults):
#   TRADEDEAL_DESK_URL                  where negotiation-service's desk pages are (http://localhost:8080): the
#                                       redirect URIs of the client negotiation-web
#   NEGOTIATION_WEB_CLIENT_SECRET       negotiation-web's secret (negotiation-web-local-secret)
#   NEGOTIATION_SERVICE_CLIENT_SECRET   negotiation-service's secret (negotiation-service-local-secret)
#   KEYCLOAK_JAVA_OPTS                  JVM options (default: Keycloak's own, -Xms64m -Xmx512m)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
conf=$here/keycloak.conf
realm=$here/tradedeal-realm.json

die() { printf 'keycloak.sh: %s\n' "$*" >&2; exit 1; }

[[ ${1:-} == start && $# -eq 4 ]] || die "usage: $0 start <http-port> <management-port> <data-dir>"
http_port=$2 management_port=$3 data_dir=$4

shopt -s nullglob
homes=("$here"/target/keycloak-[0-9]*/)
shopt -u nullglob
[[ ${#homes[@]} -eq 1 ]] || die "expected one unpacked Keycloak in $here/target, found ${#homes[@]}: run ./mvnw -B -ntp package -pl deploy/keycloak"
home=${homes[0]%/}

# Built once for keycloak.conf's build options; again when keycloak.conf changed. The lock keeps a second start
# (a local run beside the end-to-end tests) from building at the same time, or starting from a half-built one.
(
    flock 9
    if [[ ! -f $home/.tradedeal-built || $conf -nt $home/.tradedeal-built ]]; then
        echo "keycloak.sh: building $home for $conf (once) ..."
        bash "$home/bin/kc.sh" --config-file="$conf" build
        touch "$home/.tradedeal-built"
    fi
) 9>"$home/.tradedeal-build.lock"

# --import-realm reads the distribution's data/import; every start copies the same file there (atomically:
# another Keycloak may be starting from this distribution too).
mkdir -p "$home/data/import" "$data_dir"
cp "$realm" "$home/data/import/.tradedeal-realm.json.$$"
mv -f "$home/data/import/.tradedeal-realm.json.$$" "$home/data/import/tradedeal-realm.json"
rm -rf "$data_dir/h2"

if [[ -n ${KEYCLOAK_JAVA_OPTS:-} ]]; then
    export JAVA_OPTS_APPEND=$KEYCLOAK_JAVA_OPTS
fi
exec bash "$home/bin/kc.sh" --config-file="$conf" start --optimized --import-realm \
    --http-port="$http_port" --http-management-port="$management_port" \
    --db-url="jdbc:h2:file:$data_dir/h2/keycloakdb;NON_KEYWORDS=VALUE"
