#!/usr/bin/env bash
# `export --output PATH` replaces a regular file only, once the export is complete; a FIFO, a
# character device or a descriptor (`--output >(cmd)`) is written straight and stays what it was;
# anything else is refused. A device made with mknod was once turned into a regular file.
source "$(dirname "$0")/lib.sh"

"$NEWSARC_INDEX" add -q "$TEST_DATA/reuters/reut2-000.sgm" "$TEST_DATA/seed" || fail "setup: add"
total=$(doc_count)
"$NEWSARC_INDEX" export --quiet >"$TEST_TMP/expected.jsonl" || fail "setup: export to standard output"
expect_eq "$(wc -l <"$TEST_TMP/expected.jsonl")" "$total" "setup: one line per article"
cd "$TEST_TMP" || exit 1

# A regular file is replaced by the complete export, and no partial file is left beside it.
echo "an older backup" >backup.jsonl
run "$NEWSARC_INDEX" export --output backup.jsonl
expect_status 0 "export over a regular file"
cmp -s backup.jsonl expected.jsonl || fail "the regular file holds the complete export"
expect_eq "$(ls | grep -c partial)" 0 "no partial file left"

# A file that happens to have the temporary file's name is never truncated: the export picks
# another name. (Its pid is unknown beforehand: the test plants names for a range of pids.)
next=$(($(sh -c 'echo $$') + 1))
for pid in $(seq "$next" $((next + 50))); do echo "not the export's" >"planted.jsonl.partial-$pid"; done
run "$NEWSARC_INDEX" export --output planted.jsonl
expect_status 0 "export beside files named like its temporary file"
cmp -s planted.jsonl expected.jsonl || fail "the export is complete beside planted names"
expect_eq "$(cat planted.jsonl.partial-* | sort | uniq -c | sed 's/^ *//')" "51 not the export's" \
    "the planted files are all there, untouched"
rm -f planted.jsonl.partial-*

# A symbolic link is followed: the file it points to is replaced, and the link stays a link.
echo "old" >target.jsonl
ln -s target.jsonl link.jsonl
run "$NEWSARC_INDEX" export --output link.jsonl
expect_status 0 "export through a symbolic link"
expect_eq "$(stat -c %F link.jsonl)" "symbolic link" "the link is still a link"
cmp -s target.jsonl expected.jsonl || fail "the link's target holds the export"

# A FIFO is written straight, to a reader at the other end, and stays a FIFO.
mkfifo fifo
cat fifo >from-fifo &
reader=$!
run "$NEWSARC_INDEX" export --output fifo
expect_status 0 "export to a FIFO"
# A reader whose FIFO was replaced, or never opened for writing, would wait forever.
[ "$status" -eq 0 ] && [ "$(stat -c %F fifo)" == fifo ] || kill "$reader" 2>/dev/null
wait "$reader"
cmp -s from-fifo expected.jsonl || fail "the FIFO's reader received the complete export"
expect_eq "$(stat -c %F fifo)" "fifo" "the FIFO is still a FIFO"

# --output >(cmd): a /dev/fd/N path, written through the descriptor.
run "$NEWSARC_INDEX" export --output >(wc -l >count)
expect_status 0 "export to a process substitution"
for _ in $(seq 50); do [ -s count ] && break; sleep 0.1; done  # the substituted process ends on its own
expect_eq "$(tr -d ' ' <count)" "$total" "the process substitution read every article"

# What is neither a regular file, a FIFO nor a character device is refused, and left as it was.
mkdir folder
run "$NEWSARC_INDEX" export --output folder
expect_status 2 "export to a directory"
expect_contains "$err" "folder" "the refusal names the path"
expect_contains "$err" "a directory" "the refusal says why"
expect_eq "$(ls -A folder | wc -l)" 0 "the directory is untouched"

# Character devices: mknod needs root (and a filesystem that allows device nodes).
if [ "$(id -u)" -ne 0 ]; then
    echo "skipped the mknod checks: making a device node needs root" >&2
elif ! mknod devfull c 1 7 2>/dev/null || ! mknod devnull c 1 3 2>/dev/null; then
    echo "skipped the mknod checks: mknod is not allowed here" >&2
else
    # /dev/full's numbers: every write fails with ENOSPC, which is a clear error, and the node stays.
    run "$NEWSARC_INDEX" export --output devfull
    expect_status 2 "export to a full device"
    expect_contains "$err" "devfull" "the error names the device"
    expect_contains "$err" "No space left on device" "the error says why"
    expect_eq "$(stat -c %F devfull)" "character special file" "the full device is still a device"
    # /dev/null's numbers: the export goes nowhere, successfully, and the node stays.
    run "$NEWSARC_INDEX" export --output devnull
    expect_status 0 "export to a null device"
    expect_eq "$(stat -c %F devnull)" "character special file" "the null device is still a device"
fi
expect_eq "$(ls | grep -c partial)" 0 "no partial file left by any of them"

# A path inside an archive is refused: a table would be overwritten, and a file of the user's there
# would go with the next compact.
before=$(cd "$NEWSARC_DB" && sha256sum termlist.glass)
run "$NEWSARC_INDEX" export --output "$NEWSARC_DB/termlist.glass"
expect_status 2 "export over a table of the archive"
expect_contains "$err" "inside the archive" "the refusal says why"
expect_eq "$(cd "$NEWSARC_DB" && sha256sum termlist.glass)" "$before" "the table is byte for byte as it was"
run "$NEWSARC_INDEX" export --output "$NEWSARC_DB/x.jsonl"
expect_status 2 "export to a new file inside the archive"
[ ! -e "$NEWSARC_DB/x.jsonl" ] || fail "a file was written inside the archive"
run "$NEWSARC_INDEX" check
expect_status 0 "the archive is whole after the refused exports"

finish
