#!/usr/bin/env bash
# compare.sh [PROGRAM.mo ...]
#
# Times each benchmark program (default: every bench/*.mo and bench/libs/*.mo) with mori and
# with the real compiler, side by side, and prints a table:
#   program | mori ms: best of 3 wall-clock times of the whole `mori run NAME.mo`
#           | cpu ms: user+system CPU time of that best run (wall above cpu means waiting for
#             a core: the machine is loaded)
#           | rss MiB: mori's peak resident memory
#           | moc run_ms: best of 3 `run_ms` from `moc-run --time` (compiled to WASI, run time
#             without compilation)
#           | ratio: mori ms / moc run_ms
# Both outputs are checked against NAME.out; a mismatch is reported on stderr.
#
# A program that needs packages says so in a line `// packages: NAME=DIR ...`; DIR is
# relative to the program's folder, $REAL/base and $REAL/core are the real motoko-base
# and motoko-core that the oracle compiles against (shared/oracle/real-packages writes them
# to REAL_PACKAGES, default ~/.cache/mori-bench/real-packages), and $MOPS/NAME is a mops
# package's source folder in MOPS_PACKAGES (default ~/.cache/mori-bench/mops; see
# bench/libs/README.md for the packages and versions, which are not part of this repository).
# Both mori and moc get the same --package flags.
#
# MORI     mori binary to time (default: built once from ./cmd/mori into a temp dir)
# MOC_RUN  the oracle script (default: ../shared/oracle/moc-run relative to the repo root)
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
moc_run="${MOC_RUN:-$root/../shared/oracle/moc-run}"
real_packages="${REAL_PACKAGES:-${XDG_CACHE_HOME:-$HOME/.cache}/mori-bench/real-packages}"
mops_packages="${MOPS_PACKAGES:-${XDG_CACHE_HOME:-$HOME/.cache}/mori-bench/mops}"
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

[ $# -gt 0 ] || set -- "$bench_dir"/*.mo "$bench_dir"/libs/*.mo

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

# package_flags PROGRAM DIR: the --package flags its `// packages:` line asks for.
package_flags() {
  local spec name pkg flags=()
  spec="$(sed -n 's|^// packages: *||p' "$1" | head -n 1)"
  for pkg in $spec; do
    name="${pkg%%=*}"
    pkg="${pkg#*=}"
    if [[ "$pkg" == '$REAL/'* ]]; then
      if [ ! -f "$real_packages/base/VERSION" ]; then
        "$(dirname "$moc_run")/real-packages" "$real_packages" >/dev/null
      fi
      pkg="$real_packages/${pkg#\$REAL/}"
    elif [[ "$pkg" == '$MOPS/'* ]]; then
      pkg="$mops_packages/${pkg#\$MOPS/}"
      if [ ! -d "$pkg" ]; then
        echo "error: mops package folder $pkg is missing (see bench/libs/README.md)" >&2
        exit 1
      fi
    else
      pkg="$2/$pkg"
    fi
    flags+=(--package "$name" "$pkg")
  done
  echo "${flags[@]}"
}

# measure: /usr/bin/time's user+system ms and peak RSS KiB of a command, when it is there.
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f '%U %S %M' -o "$tmp/time"); fi

printf '%-16s %10s %8s %8s %12s %8s\n' program "mori ms" "cpu ms" "rss MiB" "moc run_ms" ratio
for prog in "$@"; do
  dir="$(cd "$(dirname "$prog")" && pwd)"
  file="$(basename "$prog")"
  name="${file%.mo}"
  golden="$dir/$name.out"
  # shellcheck disable=SC2207
  packages=($(package_flags "$prog" "$dir"))

  # mori: wall time of the whole process; output in golden format (stdout, stderr, status).
  best_mori="" cpu="-" rss="-"
  for _ in $(seq "$runs"); do
    start=$(now_ns)
    set +e
    (cd "$dir" && "${timer[@]}" "$mori" run "${packages[@]}" "$file") >"$tmp/mori.out" 2>"$tmp/mori.err"
    status=$?
    set -e
    end=$(now_ns)
    ms=$(awk -v d="$((end - start))" 'BEGIN { printf "%.1f", d / 1e6 }')
    if [ "$(min_of "$best_mori" "$ms")" = "$ms" ] && [ -s "$tmp/time" ]; then
      read -r user sys kib <"$tmp/time"
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", (u + s) * 1000 }')
      rss=$(awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }')
    fi
    best_mori=$(min_of "$best_mori" "$ms")
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
    (cd "$tmp/moc" && "$moc_run" --time "${packages[@]}" "$file") >"$tmp/moc.out" 2>"$tmp/moc.err"
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
  printf '%-16s %10s %8s %8s %12s %8s\n' "$name" "$best_mori" "$cpu" "$rss" "$best_moc" "$ratio"
done
