#!/usr/bin/env bash
# Checks that the realm Keycloak imports in the cluster is the local runs' (base/keycloak keeps a copy of
# deploy/keycloak/tradedeal-realm.json, since kustomize reads no file outside its folder).
# Renders every installable overlay with kustomize (kubectl kustomize) and validates the result offline
# (check/validate.mjs: schemas, unknown fields, references); renders the monitoring (alerts, dashboard,
# PodMonitor) and checks it (check/monitoring.mjs, then promtool: the PromQL of the alerts and of the
# dashboard, and the alerts' unit tests in check/alerts.test.yaml). Run by .ci/run; a broken manifest fails it.
# Needs kubectl (Debian: apt-get install kubectl) and Node.js 18+ with npm (for the validator's packages,
# pinned in check/package-lock.json); promtool is taken from the PATH, or else out of Debian's prometheus
# package, downloaded (not installed: no server is set up) into target/tools.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$here/target/rendered
command -v kubectl >/dev/null || { echo "check.sh: kubectl is missing (apt-get install kubectl)" >&2; exit 1; }
command -v node >/dev/null || { echo "check.sh: node is missing (apt-get install nodejs npm)" >&2; exit 1; }

cmp -s "$here/../keycloak/tradedeal-realm.json" "$here/base/keycloak/tradedeal-realm.json" || {
    echo "check.sh: base/keycloak/tradedeal-realm.json differs from deploy/keycloak/tradedeal-realm.json: copy it over" >&2
    exit 1
}

rm -rf "$out"
mkdir -p "$out"
rendered=()
for dir in overlays/jvm overlays/native examples/jvm-managed-postgres examples/jvm-external-issuer monitoring; do
    file=$out/${dir//\//-}.yaml
    kubectl kustomize "$here/$dir" >"$file"
    rendered+=("$file")
done

# (again when the lock file changed since the last install)
if [[ ! -d $here/check/node_modules || $here/check/package-lock.json -nt $here/check/node_modules/.package-lock.json ]]; then
    (cd "$here/check" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$here/check/validate.mjs" "${rendered[@]}"
node "$here/check/monitoring.mjs" "$out/monitoring.yaml" "$out"

promtool=$(command -v promtool || true)
if [[ -z $promtool ]]; then
    tools=$here/target/tools
    promtool=$tools/usr/bin/promtool
    if [[ ! -x $promtool ]]; then
        command -v apt-get >/dev/null || { echo "check.sh: promtool is missing (Debian package prometheus)" >&2; exit 1; }
        mkdir -p "$tools"
        download() { (cd "$tools" && apt-get download -q -o APT::Sandbox::User=root prometheus >/dev/null); }
        download || { apt-get update -q >/dev/null && download; }
        dpkg-deb -x "$tools"/prometheus_*.deb "$tools"
    fi
fi
"$promtool" check rules "$out/trade-deal-suite.rules.yaml" "$out/grafana-dashboard-queries.rules.yaml"
"$promtool" test rules "$here/check/alerts.test.yaml"
