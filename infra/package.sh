#!/usr/bin/env bash
# Build the Lambda package offline: `make package` (or `bash infra/package.sh [stage]`).
#
# 1. a fresh Python 3.12 venv (the Lambda runtime's version: wheels built for another Python fail to import),
# 2. requirements.txt and infra/requirements-build.txt installed with --require-hashes,
# 3. debug symbols stripped from compiled extensions (spaCy ships them: ~115 MB -> ~20 MB); never
#    numpy.libs/ & co (stripping those breaks the loader: "ELF load command address/offset not page-aligned"),
# 4. `zappa package` from a staging copy of the runtime code, with dummy credentials (it needs none) and
#    use_precompiled_packages=false (no PyPI look-ups: the stripped local wheels are what ships),
# 5. fails if the unzipped package exceeds Candor's 150 MB budget (Lambda allows 262,144,000 bytes), then runs
#    the package's handler in an interpreter that sees only the package plus what the Lambda runtime provides,
#    against a local moto server and a fake OpenAI endpoint (no AWS account, no network).
#
# Env: CANDOR_AWS_ACCOUNT_ID (renders the SQS event-source ARN; without it the zip is for size checks
# only), BUILD_DIR (default build/package), PYTHON312 (interpreter to use).
set -euo pipefail

STAGE="${1:-prod}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/package}"
BUDGET_BYTES=150000000  # Candor's budget (issue 14; Lambda's own limit is 262,144,000); package_check.py enforces both
ACCOUNT="${CANDOR_AWS_ACCOUNT_ID:-000000000000}"

is_python312() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1; }

find_python312() {
  local root; root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
  # PATH first (a pyenv shim may be on PATH without 3.12 selected: try it, then the pyenv versions).
  for candidate in ${PYTHON312:-} "$(command -v python3.12 || true)" \
                   $(ls -d "$root"/versions/3.12*/bin/python3.12 2>/dev/null | sort -rV); do
    if [[ -n "$candidate" ]] && is_python312 "$candidate"; then echo "$candidate"; return; fi
  done
  echo "package.sh: Python 3.12 not found (set PYTHON312, or install python3.12)" >&2
  exit 2
}

PY="$(find_python312)"
command -v strip >/dev/null || { echo "package.sh: 'strip' (binutils) is required" >&2; exit 2; }
echo "package.sh: stage $STAGE, $("$PY" -V), build dir $BUILD_DIR"

rm -rf "$BUILD_DIR"
mkdir -p "$BUILD_DIR/src"
VENV="$BUILD_DIR/lambda-venv"  # must not share its last path component with the project folder (zappa)
"$PY" -m venv "$VENV"
export PIP_DISABLE_PIP_VERSION_CHECK=1
"$VENV/bin/pip" install -q --require-hashes --no-deps -r "$ROOT/requirements.txt"
"$VENV/bin/pip" install -q --require-hashes --no-deps -r "$ROOT/infra/requirements-build.txt"
"$VENV/bin/pip" check

SITE="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
before="$(du -sm "$SITE" | cut -f1)"
find "$SITE" -name '*.so' -not -path '*.libs/*' -exec strip --strip-unneeded {} +
echo "package.sh: stripped extensions: site-packages ${before} MB -> $(du -sm "$SITE" | cut -f1) MB"

# Only the runtime code goes into the zip: no tests, benchmarks, infra or local state, and none of the
# admin-only code (fairness audit, app validator, samples); see infra/package_slim.py for every cut.
cp -r "$ROOT/plugin" "$ROOT/handlers" "$BUILD_DIR/src/"
find "$BUILD_DIR/src" -name '__pycache__' -prune -exec rm -rf {} +
# The knowledge base the drafter cites: CANDOR_PACKAGE_KB (a folder of Markdown articles, plugin/kb/README.md)
# replaces the sample one, which is for the demo and tests only.
if [[ -n "${CANDOR_PACKAGE_KB:-}" ]]; then
  rm -rf "$BUILD_DIR/src/plugin/kb/sample" && cp -r "$CANDOR_PACKAGE_KB" "$BUILD_DIR/src/plugin/kb/sample"
else
  echo "package.sh: WARNING: CANDOR_PACKAGE_KB not set; the zip cites the SAMPLE knowledge base"
fi
"$VENV/bin/python" "$ROOT/infra/package_slim.py" --site "$SITE" --src "$BUILD_DIR/src"
# Bytecode valid whatever the files' mtimes: /var/task is read-only, and zip extraction does not keep the
# mtimes that pip's timestamp-based .pyc files are checked against, so Python would recompile every module on
# every cold start (https://docs.python.org/3/library/compileall.html#cmdoption-compileall-invalidation-mode).
# (site-packages was compiled by package_slim.py: bytecode only, one copy per module)
"$VENV/bin/python" -m compileall -q -f -j 0 --invalidation-mode unchecked-hash "$BUILD_DIR/src" >/dev/null
"$VENV/bin/python" "$ROOT/infra/render_settings.py" --account "$ACCOUNT" -o "$BUILD_DIR/src/zappa_settings.json"
[[ "$ACCOUNT" == 000000000000 ]] && echo "package.sh: WARNING: CANDOR_AWS_ACCOUNT_ID not set; do not deploy this zip"

ZIP="$BUILD_DIR/candor-$STAGE.zip"
(
  cd "$BUILD_DIR/src"
  # zappa package makes no AWS call; these keep boto3 from looking for real credentials anyway.
  env VIRTUAL_ENV="$VENV" PATH="$VENV/bin:$PATH" AWS_ACCESS_KEY_ID=offline AWS_SECRET_ACCESS_KEY=offline \
      AWS_DEFAULT_REGION=eu-west-1 AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
      AWS_EC2_METADATA_DISABLED=true \
      "$VENV/bin/zappa" package "$STAGE" -s zappa_settings.json -o "$ZIP" --disable_progress
)
"$VENV/bin/python" "$ROOT/infra/package_slim.py" --fix-zip "$ZIP"

# The check runs with the project's dev interpreter: it starts moto and the fake OpenAI endpoint for the smoke run.
DEV_PY="${CANDOR_DEV_PYTHON:-$ROOT/.venv/bin/python}"
"$DEV_PY" "$ROOT/infra/package_check.py" "$ZIP" --limit "$BUDGET_BYTES" --venv "$VENV" --account "$ACCOUNT" \
    --report "$BUILD_DIR/package-report.json"
