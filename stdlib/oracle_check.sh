#!/usr/bin/env bash
# oracle_check.sh [TEST.mo ...] — checks mori's base library against real moc.
#
# Each testdata/NAME.mo is run by the oracle twice: once importing this folder's
# base/ and core/ modules (its `mo:base/X` and `mo:core/X` imports rewritten to
# relative paths), once importing the real libraries. The outputs must match;
# NAME.out is then (re)written in the golden format. A test that traps names the
# trapping call in a `// trap: CALL` comment, which gives the trap line's span.
# A test marked `// mori-only` uses an extension the real library lacks: it is
# only run against this folder's modules.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
oracle="${ORACLE:-/work/shared/oracle/moc-run}"
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=("$here"/testdata/*.mo)
status=0
for test in "${tests[@]}"; do
  name="$(basename "$test")"
  ours="$(mktemp -d)" theirs="$(mktemp -d)"
  cp -r "$here/base" "$here/core" "$ours/"
  sed -e 's|"mo:base/|"base/|g' -e 's|"mo:core/|"core/|g' "$test" >"$ours/$name"
  cp "$test" "$theirs/$name"
  set +e
  (cd "$ours" && "$oracle" "$name" >out 2>err); ours_rc=$?
  if grep -q '^// mori-only' "$test"; then
    cp "$ours/out" "$theirs/out"; cp "$ours/err" "$theirs/err"; theirs_rc=$ours_rc
  else
    (cd "$theirs" && "$oracle" "$name" >out 2>err); theirs_rc=$?
  fi
  set -e
  if ! cmp -s "$ours/out" "$theirs/out" || ! cmp -s "$ours/err" "$theirs/err" || [ $ours_rc != $theirs_rc ]; then
    echo "MISMATCH $name (ours rc=$ours_rc, real rc=$theirs_rc)"
    diff "$ours/out" "$theirs/out" | head -20 || true
    head -5 "$ours/err" "$theirs/err"
    status=1
  else
    expected="${test%.mo}.out"
    case $ours_rc in
      0) cp "$ours/out" "$expected"; echo "checked $name" ;;
      1)
        call="$(sed -n 's|.*// trap: ||p' "$test")"
        span="$(CALL="$call" awk '
          index($0, "// trap: ") == 0 && !found && (c = index($0, ENVIRON["CALL"])) > 0 {
            printf "%d.%d-%d.%d", NR, c, NR, c + length(ENVIRON["CALL"]); found = 1 }' "$test")"
        if [ -z "$call" ] || [ -z "$span" ]; then
          echo "NO SPAN $name: add a '// trap: CALL' comment"; status=1
        else
          # A runtime trap prints its text last on stdout, then `trap: unreachable` on
          # stderr; a trap of a Wasm instruction (e.g. division) prints only `trap: TEXT`.
          if [ "$(tail -n 1 "$ours/err")" = "trap: unreachable" ]; then
            message="$(tail -n 1 "$ours/out")"; sed '$d' "$ours/out" >"$ours/prints"
          else
            message="$(tail -n 1 "$ours/err" | sed 's/^trap: //')"; cp "$ours/out" "$ours/prints"
          fi
          { cat "$ours/prints"
            echo "$name:$span: execution error, $message"
            echo "exit status 1"; } >"$expected"
          echo "checked $name"
        fi ;;
      *) echo "FAILED $name (rc=$ours_rc)"; cat "$ours/err"; status=1 ;;
    esac
  fi
  rm -rf "$ours" "$theirs"
done
exit $status
