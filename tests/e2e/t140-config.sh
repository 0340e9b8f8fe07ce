#!/usr/bin/env bash
# The configuration file: its settings apply, the environment and the command line override them,
# and `newsarc-index config` says where each setting came from.
source "$(dirname "$0")/lib.sh"

export XDG_CONFIG_HOME="$TEST_TMP/xdg"
mkdir -p "$XDG_CONFIG_HOME/newsarc"
cat >"$XDG_CONFIG_HOME/newsarc/config" <<CONF
db = "$TEST_TMP/configured"
limit = 2
color = "always"
CONF
unset NEWSARC_DB

run "$NEWSARC_INDEX" add -q "$TEST_DATA/reuters"
expect_status 0 "add into the configured archive"
[ -d "$TEST_TMP/configured" ] || fail "the configured db path was not used"

run "$NEWSARC_QUERY" oil --format jsonl
expect_eq "$(wc -l <<<"$out")" 2 "limit from the configuration file"
run "$NEWSARC_QUERY" oil --format jsonl -n 4
expect_eq "$(wc -l <<<"$out")" 4 "the command line overrides the limit"
run "$NEWSARC_QUERY" oil
expect_contains "$out" $'\e[' "color from the configuration file, even in a pipe"
NO_COLOR=1 run "$NEWSARC_QUERY" oil --color never
expect_not_contains "$out" $'\e[' "--color never overrides it"

run "$NEWSARC_INDEX" config --format json
expect_eq "$(jq -r .settings.db.origin <<<"$out")" "config file $XDG_CONFIG_HOME/newsarc/config" "config: db origin"
expect_eq "$(jq -r .settings.limit.value <<<"$out")" 2 "config: limit"
expect_eq "$(jq -r .settings.wait.origin <<<"$out")" default "config: wait is a default"
NEWSARC_DB="$TEST_TMP/elsewhere" run "$NEWSARC_INDEX" config --format json
expect_eq "$(jq -r .settings.db.origin <<<"$out")" "environment NEWSARC_DB" "the environment beats the file"
run "$NEWSARC_INDEX" config --db "$TEST_TMP/given"
expect_contains "$out" "$TEST_TMP/given" "config --db"
expect_contains "$out" "(--db)" "config: --db origin"

printf 'wait = 1\n' >"$TEST_TMP/other.toml"
run "$NEWSARC_INDEX" --config "$TEST_TMP/other.toml" config --format json
expect_eq "$(jq -r .settings.wait.value <<<"$out")" 1 "--config FILE is read instead"
expect_eq "$(jq -r .settings.limit.origin <<<"$out")" default "--config FILE replaces the default file"

printf 'limt = 3\n' >"$TEST_TMP/typo.toml"
run "$NEWSARC_QUERY" --config "$TEST_TMP/typo.toml" oil
expect_status 2 "a typo in the configuration"
expect_contains "$err" "$TEST_TMP/typo.toml: unknown setting \"limt\"" "the typo is named with its file"
run "$NEWSARC_INDEX" add --config "$TEST_TMP/missing.toml" "$TEST_DATA/seed"
expect_status 2 "a missing --config file"
expect_contains "$err" "missing.toml" "the missing file is named"
finish
