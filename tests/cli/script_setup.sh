# Sourced by the check_*.sh scripts: strict mode, the repository as the
# working directory, the Hòa Bình ruleset, a scratch folder removed on exit,
# and fail MESSAGE.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ruleset=rulesets/hoa-binh/qd31-2018.yaml
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
