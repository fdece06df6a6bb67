#!/usr/bin/env bash
# compare.sh [PROGRAM.mo ...]
#
# Times each benchmark program (default: every bench/*.mo) with mori and with the real
# compiler, and prints a table:
#   program | mori ms: best of 3 wall-clock times of the whole `mori run NAME.mo`
#           | moc run_ms: best of 3 `run_ms` from `moc-run --time` (compiled to WASI, run time
#             without compilation)
#           | ratio: mori ms / moc run_ms
# Both outputs are checked against NAME.out; a mismatch is reported on stderr.
#
# MORI     mori binary to time (default: built once from ./cmd/mori into a temp dir)
# MOC_RUN  the oracle script (default: ../shared/oracle/moc-run relative to the repo root)
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
moc_run="${MOC_RUN:-$root/../shared/oracle/moc-run}"
runs=3

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Programs run from their own folder with a bare file name (as the golden tests do), so the
# mori path must not depend on the current directory.
mori="${MORI:-}"
if [ -z "$mori" ]; then
  echo "building mori from $root/cmd/mori ..." >&2
  (cd "$root" && go build -o "$tmp/mori" ./cmd/mori)
  mori="$tmp/mori"
elif [[ "$mori" != /* ]]; then
  if [[ "$mori" == */* ]]; then mori="$PWD/$mori"; else mori="$(command -v "$mori")"; fi
fi

[ $# -gt 0 ] || set -- "$bench_dir"/*.mo

now_ns() { date +%s%N; }

# min_of A B: the smaller of two decimal numbers, A may be empty.
min_of() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }

# check_output NAME EXPECTED ACTUAL WHO: warn when an output differs from its golden file.
check_output() {
  if [ -f "$2" ] && ! cmp -s "$2" "$3"; then
    echo "warning: $4 output of $1 differs from $(basename "$2"):" >&2
    diff "$2" "$3" | head -n 10 >&2 || true
  fi
}

printf '%-16s %10s %12s %8s\n' program "mori ms" "moc run_ms" ratio
for prog in "$@"; do
  dir="$(cd "$(dirname "$prog")" && pwd)"
  file="$(basename "$prog")"
  name="${file%.mo}"
  golden="$dir/$name.out"

  # mori: wall time of the whole process; output in golden format (stdout, stderr, status).
  best_mori=""
  for _ in $(seq "$runs"); do
    start=$(now_ns)
    set +e
    (cd "$dir" && "$mori" run "$file") >"$tmp/mori.out" 2>"$tmp/mori.err"
    status=$?
    set -e
    end=$(now_ns)
    best_mori=$(min_of "$best_mori" "$(awk -v d="$((end - start))" 'BEGIN { printf "%.1f", d / 1e6 }')")
  done
  cat "$tmp/mori.err" >>"$tmp/mori.out"
  [ "$status" -eq 0 ] || echo "exit status $status" >>"$tmp/mori.out"
  check_output "$file" "$golden" "$tmp/mori.out" mori

  # moc: the oracle loads every .mo beside the program, so give it a folder of its own.
  mkdir -p "$tmp/moc"
  rm -f "$tmp/moc"/*.mo
  cp "$prog" "$tmp/moc/$file"
  best_moc=""
  for _ in $(seq "$runs"); do
    set +e
    (cd "$tmp/moc" && "$moc_run" --time "$file") >"$tmp/moc.out" 2>"$tmp/moc.err"
    set -e
    ms=$(awk '$1 == "run_ms" { print $2 }' "$tmp/moc.err")
    if [ -z "$ms" ]; then
      echo "error: no run_ms from $moc_run for $file:" >&2
      cat "$tmp/moc.err" >&2
      exit 1
    fi
    best_moc=$(min_of "$best_moc" "$ms")
  done
  check_output "$file" "$golden" "$tmp/moc.out" moc

  ratio=$(awk -v a="$best_mori" -v b="$best_moc" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
  printf '%-16s %10s %12s %8s\n' "$name" "$best_mori" "$best_moc" "$ratio"
done
