#!/usr/bin/env bash
# Careless and hostile file-system input driven through a built docbuild: links, planted temporary files,
# concurrent builds, chapters edited while fix runs, modes, owners and hard links. Prints one line per case and
# "N passed, M failed"; exits non-zero when a case failed. Owner cases run as the user `nobody` (through setpriv)
# when this script runs as root, and are skipped with the reason otherwise.
#
# Usage: Tests/hostile/run.sh PATH/TO/docbuild
set -uo pipefail

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 PATH/TO/docbuild" >&2
  exit 2
fi
bin="$(realpath "$1")"
work="$(mktemp -d /tmp/docbuild-hostile.XXXXXX)"
chmod 755 "$work"
# The run cache's signing key goes here, never into the real home folder.
export XDG_CACHE_HOME="$work/xdg-cache"
cleanup() {
  # An interrupted mount-point case must not leave its tmpfs mounted.
  awk -v w="$work/" 'index($2, w) == 1 { print $2 }' /proc/mounts | while read -r point; do umount "$point"; done
  chmod -R u+rwX "$work" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0

pass() { echo "ok    $1"; passed=$((passed + 1)); }
fail() { echo "FAIL  $1: $2"; failed=$((failed + 1)); }
skip() { echo "skip  $1: $2"; }

# Runs docbuild (as the given user when the first argument is `as-nobody`) with a time limit; output in out/err.
run() {
  local prefix=()
  if [ "$1" = as-nobody ]; then
    prefix=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    shift
  fi
  # The run cache (its own case below) would add a `.docbuild` folder to the listings the other cases compare.
  local cache=()
  case "${1:-}" in build | check | fix) cache=(--no-cache) ;; esac
  "${prefix[@]}" timeout 60 "$bin" "$@" "${cache[@]}" >out.txt 2>err.txt
}

# A two-chapter book whose first chapter's transcript is right; `stale` makes its expected output wrong.
book() {
  mkdir -p "$1"
  local expected=2
  [ "${2:-}" = stale ] && expected=3
  printf '# A\n\n```tensor\n>>> 1 + 1\n%s\n```\n' "$expected" >"$1/01-a.md"
  printf '# B %s\n\nText.\n' "${3:-}" >"$1/02-b.md"
}

# A listing of a folder (names, kinds, modes, owners, sizes, link targets and file hashes), to prove it unchanged.
snapshot() {
  (cd "$1" && find . -printf '%p %y %m %U %s %l\n' | sort && find . -type f -exec sha256sum {} + | sort) |
    grep -vE '\./(out|err)\.txt'  # what `run` itself writes
}

# Each case runs in a fresh folder of its own.
new_case() {
  local dir
  dir="$(mktemp -d "$work/case.XXXXXX")"
  chmod 755 "$dir"
  cd "$dir" || exit 2
}

can_drop_privileges=""
if [ "$(id -u)" != 0 ]; then
  can_drop_privileges="not running as root, so no other user to run as"
elif ! command -v setpriv >/dev/null; then
  can_drop_privileges="setpriv is not installed"
elif ! setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" --help >/dev/null 2>&1; then
  can_drop_privileges="the user nobody cannot run $bin"
fi

# --- The output folder -----------------------------------------------------------------------------------------

refused_output() {
  local name="$1" content="$2" output="$3"
  local before after
  before="$(snapshot .)"
  run build --content "$content" --output "$output" --quiet
  local status=$?
  after="$(snapshot .)"
  if [ $status -ne 2 ]; then
    fail "$name" "exit $status, expected 2"
  elif ! grep -qF "'$output'" err.txt; then
    fail "$name" "the message does not name '$output': $(head -c 300 err.txt)"
  elif [ "$before" != "$after" ]; then
    fail "$name" "files changed"
  else
    pass "$name"
  fi
}

new_case && book c && ln -s c clink && refused_output "output is the content through a link" clink c
new_case && book c && ln -s c clink && refused_output "output is the content, content given as a link" c clink
new_case && book c && echo notes >notes.txt && refused_output "output is a regular file" c notes.txt
new_case && book c && refused_output "output is a chapter" c c/01-a.md
new_case && book c && refused_output "output is inside the content" c c/site
new_case && book c && refused_output "output holds the content" c .
new_case && book c && mkdir docs && echo letter >docs/letter.txt && refused_output "output is a folder of other files" c docs
# A private device node, never the system's /dev/null: a regression must not be able to replace a real device.
new_case && book c
if [ "$(id -u)" = 0 ] && mknod null c 1 3 2>/dev/null; then
  refused_output "output is a device node (a private copy of /dev/null)" c null
else
  mkfifo null && refused_output "output is a named pipe (no device node without root)" c null
fi

new_case && book c
if run build --content c --output site --quiet && [ -f site/.docbuild-site ] && [ -f site/a.html ] &&
  run build --content c --output site --quiet && [ "$(ls -A)" = "$(printf 'c\nerr.txt\nout.txt\nsite')" ]; then
  pass "a build writes the site marker, replaces its own site and leaves nothing beside it"
else
  fail "a build writes the site marker, replaces its own site and leaves nothing beside it" "$(cat err.txt; ls -A)"
fi

new_case && book c && mkdir site && printf old >site/index.html && printf x >site/style.css
if run build --content c --output site --quiet && [ -f site/a.html ]; then
  pass "a site built before the marker existed is still replaced"
else
  fail "a site built before the marker existed is still replaced" "$(cat err.txt)"
fi

new_case && book c && mkdir victim && echo keep >victim/keep.txt && ln -s ../victim .site.staging
if run build --content c --output site --quiet && [ "$(cat victim/keep.txt)" = keep ] && [ ! -e .site.staging ]; then
  pass "a planted .site.staging link is removed, never followed"
else
  fail "a planted .site.staging link is removed, never followed" "$(cat err.txt)"
fi

# Two builds of different books into one folder at once: the site is one book or the other, never a mixture, and
# a build that stopped says why.
new_case
for side in one two; do
  mkdir "$side"
  for i in $(seq -w 1 40); do printf '# Chapter %s %s\n\n$x_%s$ and text.\n' "$i" "$side" "$i" >"$side/$i-chapter-$i.md"; done
  run build --content "$side" --output "ref-$side" --quiet || fail "reference build $side" "$(cat err.txt)"
done
mixed=""
stopped=0
for attempt in $(seq 1 10); do
  rm -rf site
  "$bin" build --content one --output site --quiet --no-cache 2>err-one.txt &
  first=$!
  "$bin" build --content two --output site --quiet --no-cache 2>err-two.txt &
  second=$!
  wait $first
  status_one=$?
  wait $second
  status_two=$?
  matches=""
  diff -r site ref-one >/dev/null 2>&1 && matches=one
  diff -r site ref-two >/dev/null 2>&1 && matches=two
  for side in one two; do
    status_var="status_$side"
    status=${!status_var}
    [ "$status" -eq 2 ] && stopped=$((stopped + 1))
    if [ "$status" -eq 2 ] && ! grep -q "another docbuild build is writing" "err-$side.txt"; then
      mixed="attempt $attempt: build $side exit 2 without saying why: $(cat "err-$side.txt")"
    elif [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
      mixed="attempt $attempt: build $side exit $status"
    fi
  done
  if [ -z "$matches" ]; then mixed="attempt $attempt: the site is neither book (exits $status_one, $status_two)"; fi
  if [ "$status_one" -eq 0 ] && [ "$status_two" -ne 0 ] && [ "$matches" != one ]; then
    mixed="attempt $attempt: only build one succeeded but the site is not its book"
  fi
  if [ "$status_two" -eq 0 ] && [ "$status_one" -ne 0 ] && [ "$matches" != two ]; then
    mixed="attempt $attempt: only build two succeeded but the site is not its book"
  fi
  [ -n "$mixed" ] && break
done
leftovers="$(ls -A | grep -E '^\.site\.' || true)"
if [ -n "$mixed" ]; then
  fail "two concurrent builds into one folder never mix" "$mixed"
elif [ -n "$leftovers" ]; then
  fail "two concurrent builds into one folder never mix" "left behind: $leftovers"
else
  pass "two concurrent builds into one folder never mix ($stopped of 20 builds stopped for the other)"
fi

if [ -n "$can_drop_privileges" ]; then
  skip "stale read-only staging folders, as an unprivileged user" "$can_drop_privileges"
  skip "an old site that cannot be removed is a warning once the new one is installed" "$can_drop_privileges"
  skip "a stale folder the user cannot remove is named with how to remove it" "$can_drop_privileges"
else
  new_case && book c && chown -R nobody: . && run as-nobody build --content c --output site --quiet
  for stale in .site.staging .site.previous; do
    mkdir -p "$stale/deep" && echo stale >"$stale/deep/index.html" && chown -R nobody: "$stale" &&
      chmod -R a-w "$stale"
  done
  if run as-nobody build --content c --output site --quiet && [ -f site/a.html ] && [ ! -e .site.staging ] &&
    [ ! -e .site.previous ]; then
    pass "stale read-only staging folders never wedge a build (as nobody)"
  else
    fail "stale read-only staging folders never wedge a build (as nobody)" "$(cat err.txt)"
  fi

  # A folder in the old site that the build's user cannot delete: the new site is in place, so exit 0 and a warning.
  new_case && book c && book c2 "" again && chown -R nobody: . && run as-nobody build --content c --output site --quiet
  mkdir site/root-owned && echo x >site/root-owned/file
  if run as-nobody build --content c2 --output site --quiet && grep -q "again" site/b.html &&
    grep -q "warning: the new site is in 'site'" err.txt; then
    pass "an old site that cannot be removed is a warning once the new one is installed (as nobody)"
  else
    fail "an old site that cannot be removed is a warning once the new one is installed (as nobody)" \
      "$(cat err.txt)"
  fi

  new_case && book c && chown -R nobody: . && run as-nobody build --content c --output site --quiet
  mkdir -p .site.staging/locked && echo x >.site.staging/locked/file
  before="$(snapshot site)"
  if ! run as-nobody build --content c --output site --quiet && grep -q "rm -rf" err.txt &&
    grep -q ".site.staging" err.txt && [ "$before" = "$(snapshot site)" ]; then
    pass "a stale folder the user cannot remove is named with how to remove it (as nobody)"
  else
    fail "a stale folder the user cannot remove is named with how to remove it (as nobody)" "$(cat err.txt)"
  fi
fi

# A mount point cannot be renamed: the build must say so plainly, leave it as it was and leave nothing beside it.
new_case && book c && mkdir site
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=4m docbuild-hostile site 2>/dev/null; then
  skip "a mount point as output gets a plain message" "cannot mount a tmpfs here"
else
  run build --content c --output site --quiet
  status=$?
  if [ $status -eq 2 ] && grep -q "a mount point does not allow" err.txt && ! grep -q NSCocoaErrorDomain err.txt &&
    [ -z "$(ls -A site)" ] && [ "$(ls -A | tr '\n' ' ')" = "c err.txt out.txt site " ]; then
    pass "a mount point as output gets a plain message and is left as it was"
  else
    fail "a mount point as output gets a plain message and is left as it was" "exit $status: $(cat err.txt; ls -A)"
  fi
  umount site
fi

# --- Reading ---------------------------------------------------------------------------------------------------

refused_read() {
  local name="$1" file="$2"
  run build --content c --output site --quiet
  local status=$?
  if [ $status -ne 2 ]; then
    fail "$name" "exit $status, expected 2"
  elif ! grep -qF "'c/$file'" err.txt; then
    fail "$name" "the message does not name c/$file: $(cat err.txt)"
  elif [ -e site ]; then
    fail "$name" "a site was written"
  else
    pass "$name"
  fi
}

new_case && book c && echo "# SECRET-91f3" >secret.txt && ln -s ../secret.txt c/03-leak.md
refused_read "a chapter linked outside the content is refused" 03-leak.md
new_case && book c && ln -s /proc/self/environ c/style.css && refused_read "style.css linked to /proc/self/environ is refused" style.css
new_case && book c && echo '{"allowRawHTML": true}' >settings.json && ln -s ../settings.json c/book.json
refused_read "a book.json linked outside the content is refused" book.json
new_case && book c && mkfifo c/03-pipe.md && refused_read "a named pipe chapter is refused without waiting" 03-pipe.md

new_case && book c && echo "# SECRET-91f3" >secret.txt && ln -s ../secret.txt c/03-leak.md &&
  echo '{"allowFilesOutsideContent": true}' >c/book.json
if run build --content c --output site --quiet && grep -q SECRET-91f3 site/leak.html; then
  pass "a book that opts in may use files outside its folder"
else
  fail "a book that opts in may use files outside its folder" "$(cat err.txt)"
fi

new_case && book c && printf '# A\n\nok\n\xe2\x82\x41 bad\n' >c/03-bad.md
if ! run check --content c && grep -q "^c/03-bad.md:4:1: error: not valid UTF-8" err.txt; then
  pass "invalid UTF-8 is reported at path:line:column"
else
  fail "invalid UTF-8 is reported at path:line:column" "$(cat err.txt)"
fi

# --- Linked files that run script --------------------------------------------------------------------------------

# A linked file is copied into the site, where opening it runs its script with the site's origin: pages, XML and
# scripted SVGs are refused (the link's chapter is named) unless the book allows raw HTML; a plain SVG is an image.
scripted_svg='<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><a href="java&#x09;script:alert(1)"><rect width="4" height="4"/></a></svg>'
for file in evil.HTML evil.htm evil.xhtml evil.svgz handler.svg scripted.svg entity.svg utf16.svg declared.svg payload; do
  new_case && book c
  case "$file" in
    handler.svg) printf '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4" onload="alert(1)"/>' >"c/$file" ;;
    scripted.svg) printf '%s' "$scripted_svg" >"c/$file" ;;
    entity.svg) printf '<!DOCTYPE svg [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;">]><svg>&s;</svg>' >"c/$file" ;;
    # An XML parser reads UTF-16 by its byte-order mark, and the encoding a declaration names.
    utf16.svg) printf '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' | iconv -f UTF-8 -t UTF-16 >"c/$file" ;;
    declared.svg) printf '<?xml version="1.0" encoding="UTF-16BE"?><svg xmlns="http://www.w3.org/2000/svg"/>' >"c/$file" ;;
    payload) printf '  <html><script>alert(1)</script></html>' >"c/$file" ;;
    *) printf '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>' >"c/$file" ;;
  esac
  printf '# C\n\n[open](%s) ![pic](%s)\n' "$file" "$file" >c/03-c.md
  run build --content c --output site --quiet
  status=$?
  if [ $status -eq 1 ] && grep -qF "c/03-c.md:3:1: error: link '$file' refused" err.txt && [ ! -e site ]; then
    pass "a linked '$file' that can run script is refused"
  else
    fail "a linked '$file' that can run script is refused" "exit $status: $(head -c 400 err.txt)"
  fi
done

new_case && book c
printf '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><image href="data:image/png;base64,iVBORw0K"/><a href="https://example.org/on=1"><text>on the line</text></a></svg>' >c/plot.svg
printf '# C\n\n![plot](plot.svg) [the plot](plot.svg)\n' >c/03-c.md
if run build --content c --output site --quiet && cmp -s c/plot.svg site/plot.svg; then
  pass "a plain SVG (a raster data: image, an https link) is still copied"
else
  fail "a plain SVG (a raster data: image, an https link) is still copied" "$(cat err.txt)"
fi
new_case && book c && echo '{"allowRawHTML": true}' >c/book.json
printf '<html><script>alert(1)</script></html>' >c/demo.html.HTM
printf '# C\n\n[demo](demo.html.HTM)\n' >c/03-c.md
if run build --content c --output site --quiet && cmp -s c/demo.html.HTM site/demo.html.HTM; then
  pass "a book that allows raw HTML may publish a linked page"
else
  fail "a book that allows raw HTML may publish a linked page" "$(cat err.txt)"
fi

# --- Messages --------------------------------------------------------------------------------------------------

new_case && mkdir empty && mkdir site && echo old >site/index.html
if run build --content empty --output site; [ $? -eq 2 ] && grep -q "holds no chapters" err.txt &&
  [ "$(cat site/index.html)" = old ]; then
  pass "an empty content folder is exit 2 and leaves the site"
else
  fail "an empty content folder is exit 2 and leaves the site" "$(cat err.txt)"
fi

new_case && book c
for arguments in "build --jobs -1" "check --jobs 0" "check --output x" "fix --output x"; do
  # shellcheck disable=SC2086
  run $arguments --content c
  status=$?
  if [ $status -eq 2 ] && grep -qE "must be at least 1|takes no --output" err.txt; then
    pass "'docbuild $arguments' says what is wrong"
  else
    fail "'docbuild $arguments' says what is wrong" "exit $status: $(cat err.txt)"
  fi
done

new_case && book c && mkdir gone
status=$(cd gone && rmdir ../gone && timeout 60 "$bin" check --content c --no-cache >/dev/null 2>"$work/gone.err"; echo $?)
if [ "$status" = 2 ] && grep -q "cannot find the current folder" "$work/gone.err"; then
  pass "a deleted current folder gets a plain message"
else
  fail "a deleted current folder gets a plain message" "exit $status: $(cat "$work/gone.err")"
fi

new_case && book c && mkdir locked && chmod 000 locked
if [ -n "$can_drop_privileges" ]; then
  skip "an unwritable output parent gets a plain message" "$can_drop_privileges"
elif ! run as-nobody build --content c --output locked/site && grep -q "Permission denied" err.txt &&
  ! grep -q "NSCocoaErrorDomain" err.txt; then
  pass "an unwritable output parent gets a plain message (as nobody)"
else
  fail "an unwritable output parent gets a plain message (as nobody)" "$(cat err.txt)"
fi

# --- fix -------------------------------------------------------------------------------------------------------

fixed_text="$(printf '# A\n\n```tensor\n>>> 1 + 1\n2\n```')"

new_case && book c stale && echo victim >victim.txt && chmod 600 victim.txt && ln -s ../victim.txt c/.01-a.md.fix
if run fix --content c && [ "$(cat victim.txt)" = victim ] && [ "$(stat -c %a victim.txt)" = 600 ] &&
  [ -L c/.01-a.md.fix ] && [ "$(cat c/01-a.md)" = "$fixed_text" ] && [ "$(ls -A c | wc -l)" = 3 ]; then
  pass "fix never follows a planted temporary-file link"
else
  fail "fix never follows a planted temporary-file link" "$(cat err.txt; ls -lA c)"
fi

new_case && book c stale && mkdir c/src && mv c/01-a.md c/src/a.md && ln -s src/a.md c/01-a.md
if run fix --content c && [ "$(readlink c/01-a.md)" = src/a.md ] && [ "$(cat c/src/a.md)" = "$fixed_text" ]; then
  pass "fix rewrites a linked chapter at its target and keeps the link"
else
  fail "fix rewrites a linked chapter at its target and keeps the link" "$(cat err.txt; ls -l c)"
fi

new_case && book c stale && chmod 640 c/01-a.md && ln c/01-a.md other.md && inode="$(stat -c %i c/01-a.md)"
if run fix --content c && [ "$(stat -c '%a %h %i' c/01-a.md)" = "640 2 $inode" ] &&
  [ "$(cat other.md)" = "$fixed_text" ]; then
  pass "fix keeps the mode and the hard links"
else
  fail "fix keeps the mode and the hard links" "$(cat err.txt; stat -c '%a %h %i' c/01-a.md)"
fi

if [ -n "$can_drop_privileges" ]; then
  skip "fix as root keeps a user's chapter theirs" "$can_drop_privileges"
  skip "fix as a user keeps another owner's group-writable chapter" "$can_drop_privileges"
  skip "fix as a user keeps their own chapter's mode" "$can_drop_privileges"
  skip "fix as a user rewrites their chapter in a folder they cannot write" "$can_drop_privileges"
else
  new_case && book c stale && chown nobody:nogroup c/01-a.md && chmod 600 c/01-a.md
  if run fix --content c && [ "$(stat -c '%U %a' c/01-a.md)" = "nobody 600" ] &&
    [ "$(cat c/01-a.md)" = "$fixed_text" ]; then
    pass "fix as root keeps a user's chapter theirs"
  else
    fail "fix as root keeps a user's chapter theirs" "$(cat err.txt; stat -c '%U %a' c/01-a.md)"
  fi

  new_case && book c stale && chown -R nobody: . && chown root:nogroup c/01-a.md && chmod 664 c/01-a.md
  if run as-nobody fix --content c && [ "$(stat -c '%U:%G %a' c/01-a.md)" = "root:nogroup 664" ] &&
    [ "$(cat c/01-a.md)" = "$fixed_text" ]; then
    pass "fix as a user keeps another owner's group-writable chapter (as nobody)"
  else
    fail "fix as a user keeps another owner's group-writable chapter (as nobody)" \
      "$(cat err.txt; stat -c '%U:%G %a' c/01-a.md)"
  fi

  new_case && book c stale && chown nobody: c/01-a.md
  if run as-nobody fix --content c && [ "$(stat -c '%U %a' c/01-a.md)" = "nobody 644" ] &&
    [ "$(cat c/01-a.md)" = "$fixed_text" ] && [ "$(ls -A c | tr '\n' ' ')" = "01-a.md 02-b.md " ]; then
    pass "fix as a user rewrites their chapter in a folder they cannot write (as nobody)"
  else
    fail "fix as a user rewrites their chapter in a folder they cannot write (as nobody)" "$(cat err.txt; ls -lA c)"
  fi

  new_case && book c stale && chmod 640 c/01-a.md && chown -R nobody: .
  if run as-nobody fix --content c && [ "$(stat -c '%U %a' c/01-a.md)" = "nobody 640" ] &&
    [ "$(cat c/01-a.md)" = "$fixed_text" ]; then
    pass "fix as a user keeps their own chapter's mode (as nobody)"
  else
    fail "fix as a user keeps their own chapter's mode (as nobody)" "$(cat err.txt; stat -c '%U %a' c/01-a.md)"
  fi
fi

# A chapter saved while fix runs: the edit survives whenever it lands, and an edit between fix's read and its
# write is reported with exit 1. The chapter repeats a matrix product often enough that checking it takes about 1.5 s
# on this machine, and the edit lands at several fractions of fix's time.
slow_chapter() {
  printf '# Slow\n\n```tensor\n>>> a = np.ones((300, 300))\n'
  for _ in $(seq 1 "$1"); do printf '>>> (a @ a).sum()\n0\n'; done
  printf '```\n'
}
milliseconds() {
  local started
  started=$(date +%s%N)
  "$@" >/dev/null 2>&1
  echo $((($(date +%s%N) - started) / 1000000))
}
new_case && mkdir c
slow_chapter 0 >c/01-slow.md
base=$(milliseconds timeout 60 "$bin" check --content c --no-cache)
slow_chapter 4 >c/01-slow.md
per=$((($(milliseconds timeout 60 "$bin" check --content c --no-cache) - base) / 4 + 1))
repeats=$((1500 / per + 1))
[ $repeats -gt 400 ] && repeats=400
slow_chapter $repeats >slow.orig
cp slow.orig c/01-slow.md
duration=$(milliseconds timeout 120 "$bin" fix --content c --no-cache)
lost=""
reported=0
for fraction in 10 20 30 40; do
  cp slow.orig c/01-slow.md
  timeout 120 "$bin" fix --content c --no-cache >out.txt 2>err.txt &
  fixer=$!
  sleep "$(awk "BEGIN { print $duration * $fraction / 100 / 1000 }")"
  printf '\nSaved while fix ran.\n' >>c/01-slow.md
  wait $fixer
  status=$?
  grep -q "Saved while fix ran." c/01-slow.md || lost="the edit at $fraction% of fix's time was lost"
  if grep -q "changed on disk while fix ran" err.txt; then
    [ $status -eq 1 ] || lost="fix reported the edit but exited $status"
    reported=$((reported + 1))
  fi
done
if [ -n "$lost" ]; then
  fail "a chapter edited while fix runs keeps the edit" "$lost"
elif [ $reported -eq 0 ]; then
  fail "a chapter edited while fix runs keeps the edit" "no edit landed while fix ran (fix takes ${duration} ms)"
else
  pass "a chapter edited while fix runs keeps the edit ($reported of 4 edits landed mid-fix and were reported)"
fi

# The run cache: a `.docbuild` planted as a link to a folder elsewhere receives nothing, and the build still works.
new_case && book c && mkdir elsewhere && ln -s "$PWD/elsewhere" .docbuild
if timeout 60 "$bin" build --content c --output site --quiet >out.txt 2>err.txt && [ -z "$(ls -A elsewhere)" ] &&
  [ -L .docbuild ] && [ -f site/a.html ]; then
  pass "the run cache never writes through a planted .docbuild link"
else
  fail "the run cache never writes through a planted .docbuild link" "$(cat err.txt; ls -lA . elsewhere)"
fi

# A forged cache entry, as someone could commit in `.docbuild/`: it records the pass of an honest chapter under the
# name of a chapter whose claim is false, signed with the forger's own key. The forger's docbuild believes it (so the
# forgery is real); anyone else's runs the chapter, and the false claim fails.
new_case && mkdir c
printf '# A\n\n```tensor\nassert 1 + 1 == 2\n```\n' >c/01-a.md
XDG_CACHE_HOME="$PWD/forger" timeout 60 "$bin" check --content c --quiet >/dev/null 2>&1
printf '# A\n\n```tensor\nassert 1 + 1 == 3\n```\n' >c/01-a.md
python3 - "$bin" <<'FORGE'
import hashlib, hmac, os, pathlib, re, sys
status = os.stat(sys.argv[1])
identity = f"{status.st_dev}:{status.st_ino}:{status.st_size}:{status.st_mtime_ns // 10**9}.{status.st_mtime_ns % 10**9}"
# The cache format's name as this docbuild spells it (it moves when the entry's shape does).
[version] = set(re.findall(rb"docbuild-run-cache-[0-9]+", pathlib.Path(sys.argv[1]).read_bytes()))
fixed = version + f"\n{identity}\n{2 << 30}\n".encode()
name = hashlib.sha256(fixed + hashlib.sha256(pathlib.Path("c/01-a.md").read_bytes()).digest()).hexdigest()
[honest] = [entry for entry in pathlib.Path(".docbuild/c").iterdir() if len(entry.name) == 64]
payload = honest.read_bytes()[65:]
key = pathlib.Path("forger/docbuild/key").read_bytes()
tag = hmac.new(key, name.encode() + payload, hashlib.sha256).hexdigest()
pathlib.Path(".docbuild/c", name).write_bytes(tag.encode() + b"\n" + payload)
FORGE
forger=0
XDG_CACHE_HOME="$PWD/forger" timeout 60 "$bin" check --content c --quiet >/dev/null 2>&1 || forger=$?
status=0
timeout 60 "$bin" check --content c --quiet >out.txt 2>err.txt || status=$?
if [ "$forger" = 0 ] && [ "$status" = 1 ] && grep -q "claim failed: assert 1 + 1 == 3" err.txt; then
  pass "a forged run-cache entry cannot make a false claim pass"
else
  fail "a forged run-cache entry cannot make a false claim pass" "forger exit $forger, exit $status: $(cat err.txt)"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
