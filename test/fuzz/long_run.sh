#!/usr/bin/env bash
# The front-end fuzzer's long run: rounds of fuzz_front_end.py with a fresh seed each, until
# stopped or HOURS have passed; failing inputs are kept in $KEEP (default fuzz-failures/).
# Usage: PYCXX=build/compiler/driver/pycxx test/fuzz/long_run.sh [HOURS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
hours="${1:-8}"
keep="${KEEP:-fuzz-failures}"
end=$(( $(date +%s) + ${hours%.*} * 3600 ))
status=0
while [ "$(date +%s)" -lt "$end" ]; do
  seed=$(( $(date +%s%N) % 1000000007 ))
  echo "== seed $seed"
  python3 "$here/fuzz_front_end.py" --seconds 600 --seed "$seed" --keep "$keep/$seed" --no-scaling || status=1
done
exit $status
