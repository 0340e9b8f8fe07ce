// newsarc-query: command-line parsing, colour choice and exit codes around search() and the printers.
#include <cstdlib>
#include <algorithm>
#include <iostream>
#include <map>
#include <sstream>
#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "common/cli/db_path.h"
#include "common/base/diagnostic.h"
#include "common/cli/config.h"
#include "common/store/shards.h"
#include "common/cli/json_output.h"
#include "common/cli/program.h"
#include "common/cli/cli.h"
#include "common/model/article_json.h"
#include "common/model/article_text.h"
#include "common/cli/output_format.h"
#include "common/store/database.h"
#include "common/querylang/date_spec.h"
#include "common/cli/printers.h"
#include "common/search/search.h"
#include "common/search/show.h"

using namespace newsarc;

namespace {

enum class ColorChoice { auto_, always, never };

bool use_color(ColorChoice choice) {
    if (choice == ColorChoice::always) return true;
    if (choice == ColorChoice::never) return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

std::size_t terminal_width() {
    winsize ws{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    if (const char* columns = std::getenv("COLUMNS")) {
        int n = std::atoi(columns);
        if (n > 20) return static_cast<std::size_t>(n);
    }
    return 80;
}

// Prints one article; a long text goes through the pager when a person is reading.
int show_article(const Xapian::Database& db, const std::string& key, OutputFormat format) {
    std::optional<Article> article = find_article(db, key);
    if (!article) {
        std::cerr << "newsarc-query: no article with id or URL " << key << '\n';
        return 1;
    }
    if (format != OutputFormat::text) {
        std::cout << article_to_json(*article) << '\n';
        return 0;
    }
    std::ostringstream text;
    write_article_text(*article, text);
    const char* pager = std::getenv("PAGER");
    if (isatty(STDOUT_FILENO)) {
        if (FILE* pipe = popen(pager && *pager ? pager : "less -FRX", "w")) {
            std::fwrite(text.str().data(), 1, text.str().size(), pipe);
            pclose(pipe);
            return 0;
        }
    }
    std::cout << text.str();
    return 0;
}

constexpr const char* kFooter = R"(Query language:
  words              all must match (AND); OR, NOT, -word and ( ) combine them
  "a phrase"         words in this order; a NEAR b: within 10 words, any order
  hostag*            words starting with "hostag"
  title:word         in the title          author:name   in an author's name
  site:jpost.com     from a site           section:world in a URL section
  topic:coffee       Reuters topic         place:brazil  Reuters place
  lang:de            in German (an ISO 639 code or a name); its words in German only
  url:jpost.com/…    one URL, any spelling id:ID        one article
  date:2024-09-01..2024-09-30   a date range; either end may be open (date:2024-09..),
                     at year, month or day granularity (date:2024); also today,
                     yesterday, 7d, 2w, 3m, 1y (date:7d..)

Examples:
  newsarc-query hostage deal
  newsarc-query '"military secretary"' --author lazaroff
  newsarc-query coffee 'date:1987-03..1987-03' --sort newest --format json
  newsarc-query --site jpost.com --since 2024-09 --limit 20
  newsarc-query coffee --facets author,topic --histogram month
  newsarc-query Wohnung --lang de         (finds Wohnungen; German articles only)
  newsarc-query 地铁 --facets language
  newsarc-query --show https://www.jpost.com/breaking-news/article-817267

Exit status: 0 results found, 1 nothing found, 2 usage or fatal error.)";

// Parses the command line and runs the chosen work; exceptions are mapped to exit codes by main.
int run(int argc, char** argv) {
    set_config(Config::load(config_path_from_args(argc, argv)));
    CLI::App app{"newsarc-query: search a newsarc archive"};
    identify_program(app, "newsarc-query");
    app.footer(kFooter);

    std::vector<std::string> db_options;
    double timeout = 10;
    bool allow_partial = false;
    QuerySpec spec;
    SearchOptions options;
    std::vector<std::string> words;
    OutputFormat format = OutputFormat::text;
    ColorChoice color = ColorChoice::auto_;
    bool count_only = false;

    app.add_option("--db", db_options,
                   "Database directory, or a stub file listing shards (local paths, 'remote HOST:PORT'); "
                   "repeat to search several (default: $NEWSARC_DB, else ~/.local/share/newsarc/db)")
        ->allow_extra_args(false);
    app.add_option("--timeout", timeout, "Seconds a remote shard may take to connect or answer (default 10)")
        ->check(CLI::PositiveNumber);
    app.add_flag("--allow-partial", allow_partial,
                 "Search the shards that answer when some do not, and say which are missing");
    app.add_option("query", words, "Query words (see the query language below)");
    // Repeatable options take one value each time, so that the query words after them stay words.
    app.add_option("--author", spec.authors, "Only articles by this author (words of the name; repeatable)")
        ->allow_extra_args(false);
    app.add_option("--site", spec.sites, "Only articles from this site, e.g. jpost.com (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--since", spec.since, "Only articles published on or after this date");
    app.add_option("--until", spec.until, "Only articles published on or before this date (whole day/month/year)");
    app.add_option("--on", spec.on, "Only articles published on this day, month or year");
    app.add_option("--lang", spec.languages,
                   "Only articles in this language, e.g. de or German, its words analysed in it alone (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--sort", options.sort, "Order: relevance, newest or oldest")
        ->transform(CLI::CheckedTransformer(std::map<std::string, SortOrder>{{"relevance", SortOrder::relevance},
                                                                             {"newest", SortOrder::newest},
                                                                             {"oldest", SortOrder::oldest}},
                                            CLI::ignore_case))
        ->option_text("relevance|newest|oldest");
    apply_config_default(
        app.add_option("-n,--limit", options.limit, "Number of results (default 10)")->check(CLI::Range(1u, 100000u)),
        "limit");
    app.add_option("--offset", options.offset, "Skip this many results first");
    app.add_flag("--count", count_only, "Print only the exact number of matches");
    std::string facets;
    bool explain = false;
    app.add_option("--facets", facets, "Count values among all matches: author,site,section,topic,place,language,year,month,day");
    app.add_option("--histogram", options.histogram, "Chart matches over time by year, month or day")
        ->check(CLI::IsMember({"year", "month", "day"}));
    app.add_flag("--explain", explain, "Show how the query was parsed");
    std::string show;
    app.add_option("--show", show, "Print one whole article, by id or URL (through $PAGER on a terminal)");
    // One thread by default: on this project's virtual machines a new process's second thread
    // starts milliseconds late, and a split search then costs more than it saves (8 against 11 ms
    // for "banks" in 300,000 articles). Long-running callers (Searcher) split on every core.
    options.threads = 1;
    app.add_option("-j,--jobs", options.threads,
                   "Split a search of common words over this many threads (default 1; local archives)")
        ->check(CLI::Range(1u, 256u));
    bool no_collapse = false;
    app.add_flag("--no-collapse", no_collapse, "Show near-duplicate articles separately");
    std::string fields;
    app.add_option("--fields", fields, "Result fields for json, jsonl and tsv, e.g. id,published,title");
    app.add_option("--format", format, "Output: text, json, jsonl or tsv")
        ->transform(CLI::CheckedTransformer(kOutputFormats, CLI::ignore_case))
        ->option_text("text|json|jsonl|tsv");
    apply_config_default(
        app.add_option("--color", color, "Colour: auto, always or never (NO_COLOR is respected)")
            ->transform(CLI::CheckedTransformer(std::map<std::string, ColorChoice>{{"auto", ColorChoice::auto_},
                                                                                   {"always", ColorChoice::always},
                                                                                   {"never", ColorChoice::never}},
                                                CLI::ignore_case))
            ->option_text("auto|always|never"),
        "color");
    add_format_version_option(app);
    app.add_option("--config", "Read settings from FILE (default $XDG_CONFIG_HOME/newsarc/config)")->type_name("FILE");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    for (const auto& w : words) spec.text += (spec.text.empty() ? "" : " ") + w;
    for (std::size_t start = 0; start < facets.size();) {
        std::size_t end = std::min(facets.find(',', start), facets.size());
        if (end > start) options.facets.push_back(facets.substr(start, end - start));
        start = end + 1;
    }

    options.collapse = !no_collapse;
    if (db_options.empty()) db_options.push_back(resolve_db_path(""));
    std::vector<ShardSpec> shards = expand_db_arguments(db_options);
    OpenArchive archive = open_archive(shards, timeout, allow_partial);
    options.remote = std::any_of(shards.begin(), shards.end(),
                                 [](const ShardSpec& s) { return s.kind == ShardSpec::Kind::remote; });
    Xapian::Database& db = archive.db;
    if (!show.empty()) return show_article(db, show, format);
    if (count_only) {
        options.limit = 0;
        options.exact_count = true;
    }
    // A writer committing while we read can invalidate what we hold: reopen at its last commit and
    // search again (Xapian's own advice for readers of a live database).
    // A remote shard that fails mid-search: with --allow-partial, open the archive again without it.
    SearchResults results;
    for (int attempt = 1;; ++attempt) {
        try {
            // Another handle for a search split over threads (local archives only).
            auto open_again = [&] { return open_archive(shards, timeout, allow_partial).db; };
            results = Searcher(db, archive.leaves, open_again).search(spec, options, local_today());
            break;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == 3) throw;
            db.reopen();
        } catch (const Xapian::NetworkError& e) {
            if (!allow_partial || attempt == 3)
                throw FatalError("a remote shard failed during the search: " + e.get_description() +
                                 (allow_partial ? "" : " (--allow-partial searches the other shards)"));
            archive = open_archive(shards, timeout, allow_partial);
        }
    }
    results.missing_shards = archive.missing;
    for (const auto& missing : archive.missing)
        std::cerr << "newsarc-query: warning: shard " << missing << " did not answer; results are partial\n";

    if (count_only) {
        std::cout << results.total_estimate << '\n';
        return results.total_estimate > 0 ? 0 : 1;
    }
    switch (format) {
        case OutputFormat::text:
            print_text(results, TextStyle{use_color(color), terminal_width(), explain}, std::cout);
            break;
        case OutputFormat::json: print_json(results, parse_fields(fields), explain, std::cout); break;
        case OutputFormat::jsonl: print_jsonl(results, parse_fields(fields), std::cout); break;
        case OutputFormat::tsv: print_tsv(results, parse_fields(fields), std::cout); break;
    }
    std::cout.flush();
    if (results.hits.empty()) {
        if (format == OutputFormat::text) std::cerr << "newsarc-query: no matches\n";
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("newsarc-query", [&] { return run(argc, argv); });
}
