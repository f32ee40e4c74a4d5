#!/usr/bin/env bash
# Renders every installable overlay with kustomize (kubectl kustomize) and validates the result offline
# (check/validate.mjs: schemas, unknown fields, references). Run by .ci/run; a broken manifest fails it.
# Needs kubectl (Debian: apt-get install kubectl) and Node.js 18+ with npm (for the validator's two
# packages, pinned in check/package-lock.json).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$here/target/rendered
command -v kubectl >/dev/null || { echo "check.sh: kubectl is missing (apt-get install kubectl)" >&2; exit 1; }
command -v node >/dev/null || { echo "check.sh: node is missing (apt-get install nodejs npm)" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
rendered=()
for dir in overlays/jvm overlays/native examples/jvm-managed-postgres; do
    file=$out/${dir//\//-}.yaml
    kubectl kustomize "$here/$dir" >"$file"
    rendered+=("$file")
done

if [[ ! -d $here/check/node_modules ]]; then
    (cd "$here/check" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$here/check/validate.mjs" "${rendered[@]}"
