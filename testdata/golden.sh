#!/usr/bin/env bash
# golden.sh FILE.mo... — writes FILE.out beside each FILE.mo from the real compiler.
#
# The expected output of a golden test is what `mori run FILE.mo` must print (see
# testdata/README.md). It is taken from moc through the oracle `moc-run`:
#   - exit 0: the compiled program's stdout;
#   - trap:   the compiled program's prints, then its trap message (the last stdout line, or
#             the Wasm engine's own `trap: ...` text) after the span that moc's interpreter
#             (`moc-run --interp`) reports;
#   - compile error: the error diagnostics that `moc-run --interp` prints.
# The tests never run this script: only a person regenerating the .out files does.
#
# A trap inside a library call has no span in the user's file in the interpreter's report.
# Such a test names the span itself in a comment `// trap-span: L.C-L.C` (the whole call
# expression); without one, the line gets `?` as its span and this script warns.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
oracle="${MOC_RUN:-$here/../../shared/oracle/moc-run}"
if [ ! -x "$oracle" ]; then
  echo "golden.sh: no oracle at $oracle (set MOC_RUN)" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  echo "usage: golden.sh FILE.mo..." >&2
  exit 2
fi

span_re='[0-9]+[.][0-9]+-[0-9]+[.][0-9]+'
warnings=0
warn() {
  echo "golden.sh: $*" >&2
  warnings=$((warnings + 1))
}

# error_diagnostics < interp-stderr: moc's error diagnostics (each with its continuation
# lines) without its warnings. A syntax error keeps only its first line: the harness compares
# it only up to `syntax error [M0001]`, the rest being mori's own wording.
error_diagnostics() {
  awk -v re="^[^ :]+:[0-9]+[.][0-9]+(-[0-9]+[.][0-9]+)?: " '
    $0 ~ re { keep = ($0 ~ / (type|syntax|definedness|import) error \[/); cont = ($0 !~ / syntax error \[/); if (keep) print; next }
    keep && cont { print }
  '
}

for mo in "$@"; do
  if [ ! -f "$mo" ] || [[ "$mo" != *.mo ]]; then
    warn "$mo: not a .mo file"
    continue
  fi
  name="$(basename "$mo")"
  out="${mo%.mo}.out"
  work="$(mktemp -d)"
  cp "$mo" "$work/"
  # Relative imports of helper modules live in the sibling folder lib/.
  if [ -d "$(dirname "$mo")/lib" ] && grep -qE '^\s*import\s+(\w+|\{[^}]*\})\s*=?\s*"lib/' "$mo"; then
    cp -r "$(dirname "$mo")/lib" "$work/lib"
  fi

  (cd "$work" && "$oracle" "$name" >stdout 2>stderr)
  status=$?
  case $status in
    0)
      cp "$work/stdout" "$out"
      ;;
    1)
      (cd "$work" && "$oracle" --interp "$name" >istdout 2>istderr)
      # A trap the Wasm engine raises itself (`divide by zero`) is reported on stderr as
      # `trap: MESSAGE`; a trap of moc's runtime prints its message as the last stdout
      # line, then ends in `trap: unreachable`.
      engine="$(grep -m1 -oP '^trap: \K.*' "$work/stderr")"
      prints=$(wc -l <"$work/stdout")
      if [ -n "$engine" ] && [ "$engine" != unreachable ]; then
        message="$engine"
      else
        message="$(tail -n 1 "$work/stdout")"
        prints=$((prints - 1))
      fi
      # The interpreter prints the same lines before it traps (in its own Float format).
      if [ "$prints" -ne "$(wc -l <"$work/istdout")" ]; then
        warn "$mo: $prints prints before the trap, the interpreter made $(wc -l <"$work/istdout"); is '$message' really the trap message?"
      fi
      span="$(grep -oE "^$name:$span_re: execution error" "$work/istderr" | head -n 1 |
        grep -oE "$span_re")"
      given="$(grep -oE "// trap-span: $span_re" "$mo" | grep -oE "$span_re$")"
      if [ -n "$given" ]; then
        if [ -n "$span" ] && [ "$span" != "$given" ]; then
          warn "$mo: trap-span $given overrides the interpreter's $span"
        fi
        span="$given"
      fi
      if [ -z "$span" ]; then
        warn "$mo: no span in the main file (interpreter: $(grep -m1 'execution error' "$work/istderr")); wrote '?'"
        span='?'
      fi
      {
        head -n "$prints" "$work/stdout"
        echo "$name:$span: execution error, $message"
        echo "exit status 1"
      } >"$out"
      ;;
    2)
      (cd "$work" && "$oracle" --interp "$name" >istdout 2>istderr)
      errors="$(error_diagnostics <"$work/istderr")"
      if [ -z "$errors" ]; then
        warn "$mo: compile failed but the interpreter reported no error: $(head -c 300 "$work/stderr")"
      fi
      {
        echo "$errors"
        echo "exit status 2"
      } >"$out"
      ;;
    *)
      warn "$mo: oracle exited $status: $(head -c 300 "$work/stderr")"
      ;;
  esac
  rm -rf "$work"
  echo "$out"
done

if [ $warnings -gt 0 ]; then
  echo "golden.sh: $warnings warning(s)" >&2
  exit 1
fi
