#!/usr/bin/env bash
# Crashes lose nothing committed: `add` is killed with SIGKILL at random moments over real articles;
# after every kill the archive opens and `check` passes, and re-running `add` ends with exactly the
# articles a run without kills gives. Three paths are covered: fresh parallel builds (resumed from
# <db>.build/), one writer into an existing archive, and a new sharded archive (add --shards 2).
source "$(dirname "$0")/lib.sh"

rounds=${KILL_ROUNDS:-4}
kills_per_round=${KILLS_PER_ROUND:-6}

# Input: the bundled Reuters file and the seed, plus 4,000 more articles made from Reuters with other
# ids, so that a run lasts long enough to be killed in all its phases.
"$NEWSARC_INDEX" clean "$TEST_DATA/reuters" >"$TEST_TMP/reuters.jsonl" 2>/dev/null
for copy in 1 2 3 4; do
    jq -c --arg c "$copy" '.id += "-copy" + $c | .title += " (" + $c + ")" | del(.content_hash, .cleaner_version)' \
        "$TEST_TMP/reuters.jsonl"
done >"$TEST_TMP/more.jsonl"
inputs=("$TEST_DATA/reuters" "$TEST_DATA/seed" "$TEST_TMP/more.jsonl")

ids() { "$NEWSARC_INDEX" export --db "$1" | jq -r .id | sort; }

start=$(date +%s%N)
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/reference" --jobs 2 "${inputs[@]}"
# Kill moments are spread over the whole length of a run, merge included.
span_ms=$(( ($(date +%s%N) - start) / 1000000 * 11 / 10 + 1 ))
ids "$TEST_TMP/reference" >"$TEST_TMP/expected"
expected=$(wc -l <"$TEST_TMP/expected")
[ "$expected" -gt 5000 ] || fail "reference archive has only $expected articles"

survived=0
for round in $(seq "$rounds"); do
    db="$TEST_TMP/db-$round"
    # Odd rounds start empty (sharded build); even rounds start from a partial archive (one writer).
    if [ $((round % 2)) -eq 0 ]; then "$NEWSARC_INDEX" add -q --db "$db" "$TEST_DATA/seed"; fi
    for kill in $(seq "$kills_per_round"); do
        "$NEWSARC_INDEX" add -q --db "$db" --jobs 2 "${inputs[@]}" 2>/dev/null &
        pid=$!
        delay_ms=$(( (RANDOM * 32768 + RANDOM) % span_ms ))
        sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        if [ -e "$db" ]; then
            run "$NEWSARC_INDEX" check --db "$db"
            if [ "$status" -ne 0 ]; then
                fail "round $round kill $kill: check failed: ${out:0:600} ${err:0:300}"
                continue
            fi
            run "$NEWSARC_QUERY" --db "$db" 'oil' --count
            [ "$status" -le 1 ] || { fail "round $round kill $kill: search failed: $err"; continue; }
        fi
        survived=$((survived + 1))
    done
    run "$NEWSARC_INDEX" add -q --db "$db" "${inputs[@]}"
    expect_status 0 "round $round: the run after the kills"
    ids "$db" >"$TEST_TMP/got"
    if ! cmp -s "$TEST_TMP/expected" "$TEST_TMP/got"; then
        fail "round $round: articles differ from a run without kills: $(diff "$TEST_TMP/expected" "$TEST_TMP/got" | head -5)"
    fi
    run "$NEWSARC_INDEX" check --db "$db"
    expect_status 0 "round $round: check after the final run"
done

# A new sharded archive (add --shards 2): killed while its shards are created, written or compacted,
# it opens and checks, or is not there yet; the next run completes it.
db="$TEST_TMP/db-sharded"
sharded_kills=${SHARDED_KILLS:-4}
for kill in $(seq "$sharded_kills"); do
    "$NEWSARC_INDEX" add -q --db "$db" --shards 2 "${inputs[@]}" 2>/dev/null &
    pid=$!
    # The first kill comes early, while the archive is being created.
    if [ "$kill" -eq 1 ]; then delay_ms=$((RANDOM % 40)); else delay_ms=$(( (RANDOM * 32768 + RANDOM) % span_ms )); fi
    sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [ -e "$db" ]; then
        [ -f "$db/XAPIANDB" ] || { fail "sharded kill $kill: $db exists without its stub"; continue; }
        run "$NEWSARC_INDEX" check --db "$db"
        [ "$status" -eq 0 ] || { fail "sharded kill $kill: check failed: ${out:0:600} ${err:0:300}"; continue; }
    fi
    survived=$((survived + 1))
done
run "$NEWSARC_INDEX" add -q --db "$db" --shards 2 "${inputs[@]}"
expect_status 0 "sharded: the run after the kills"
ids "$db" >"$TEST_TMP/got"
cmp -s "$TEST_TMP/expected" "$TEST_TMP/got" ||
    fail "sharded: articles differ from a run without kills: $(diff "$TEST_TMP/expected" "$TEST_TMP/got" | head -5)"
run "$NEWSARC_INDEX" check --db "$db"
expect_status 0 "sharded: check after the final run"
echo "survived $survived of $((rounds * kills_per_round + sharded_kills)) kills (at random moments within ${span_ms} ms)"
finish
