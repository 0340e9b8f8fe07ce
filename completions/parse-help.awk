# Reads one CLI11 --help text and prints what a shell needs to complete it, one tab-separated record
# a line:
#   opt  NAMES(comma-separated)  KIND  VALUES(space-separated)  DESCRIPTION
#   pos  NAME                    KIND  -                        DESCRIPTION
#   cmd  NAME                    -     -                        DESCRIPTION
#   field PREFIX: (the field prefixes of a "Query language:" block)
# KIND is flag (no value), choice (VALUES), dir, file, query (a newsarc query: field prefixes) or
# any; it is read from the value type ("text|json", "TEXT:{year,month,day}") and the description.
function kind_of(spec, desc, names) {
    if (spec == "") return "flag"
    if (desc ~ /FILE|[Ff]iles?[ ,]/) return "file"    # files and folders ("a directory or a stub file")
    if (desc ~ /[Dd]irectory|DIR( |\)|$)/) return "dir"
    if (desc ~ /[Qq]uery/ && names !~ /--show/) return "query"
    return "any"
}
function trim(s) { sub(/^ +/, "", s); sub(/ +$/, "", s); return s }
/^[A-Z][A-Za-z ]*:$/ { block = $0; next }
/^$/ { if (block != "Query language:") block = ""; next }
block == "Query language:" {
    line = $0
    while (match(line, /(^|[ (])[a-z][a-z]+:/)) {
        word = substr(line, RSTART, RLENGTH); sub(/^[ (]/, "", word)
        if (!(word in seen)) { seen[word] = 1; print "field\t" word }
        line = substr(line, RSTART + RLENGTH)
    }
    next
}
# An entry: the first column (names and value type) ends at two spaces; a long one has its
# description on the next line.
/^  [^ ]/ && (block == "Options:" || block == "Positionals:" || block == "Subcommands:") {
    if (pending != "") emit(pending, "")
    entry = substr($0, 3)
    split_at = index(entry, "  ")
    if (split_at == 0) { pending = entry; next }
    emit(substr(entry, 1, split_at - 1), trim(substr(entry, split_at)))
    next
}
/^   +[^ ]/ && pending != "" { emit(pending, trim($0)); next }
function emit(column, desc,    names, spec, space, values, n, parts, i, kind, choices) {
    pending = ""
    column = trim(column)
    space = index(column, " ")
    names = space ? substr(column, 1, space - 1) : column
    spec = space ? trim(substr(column, space + 1)) : ""
    gsub(/\{[^}]*\}/, "", names)    # "--body-positions,--no-body-positions{false}"
    gsub(/\t/, " ", desc)
    if (block == "Subcommands:") { print "cmd\t" names "\t-\t-\t" desc; return }
    kind = kind_of(spec, desc, names)
    values = "-"
    if (match(spec, /\{[^}]*\}/)) choices = substr(spec, RSTART + 1, RLENGTH - 2)
    else if (spec ~ /^[a-z0-9-]+(\|[a-z0-9-]+)+$/) choices = spec
    else choices = ""
    if (choices != "") { gsub(/[|,]/, " ", choices); kind = "choice"; values = choices }
    if (block == "Positionals:") print "pos\t" names "\t" kind "\t-\t" desc
    else print "opt\t" names "\t" kind "\t" values "\t" desc
}
END { if (pending != "") emit(pending, "") }
