// `newsarc-index remove`: delete articles by id, URL, query or age, listing them first when asked
// (--dry-run) or when many would go.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "common/cli/db_path.h"
#include "common/model/article.h"
#include "common/model/schema.h"
#include "common/base/diagnostic.h"
#include "common/index/index_settings.h"
#include "common/search/match_plan.h"
#include "common/store/database.h"
#include "common/store/sharded_archive.h"
#include "common/cli/json_output.h"
#include "indexer/commands.h"
#include "common/maintain/selection.h"

namespace newsarc {
namespace {

// More than this many removals need --yes: a mistyped query must not empty an archive.
constexpr std::size_t kConfirmAbove = 1000;
// Articles a dry run lists on a terminal; JSON lists all.
constexpr std::size_t kListInText = 20;

struct RemoveArgs {
    std::string db;
    Selection selection;
    bool dry_run = false;
    bool yes = false;
    double wait = kDefaultLockWaitSeconds;
    OutputFormat format = OutputFormat::text;
};

nlohmann::ordered_json summary_json(const Xapian::Database& db, Xapian::docid docid, const RecordCodec& codec) {
    Article a = load_article(db.get_document(docid), codec);
    return {{"id", a.id},
            {"published", a.published ? nlohmann::ordered_json(a.published->iso()) : nlohmann::ordered_json()},
            {"title", a.title}};
}

int run_remove(const RemoveArgs& args) {
    if (args.selection.empty())
        throw UsageError("say what to remove: --id, --url, --query or --before (see newsarc-index remove --help)");
    auto start = std::chrono::steady_clock::now();
    std::string path = resolve_db_path(args.db);
    if (!std::filesystem::exists(path)) throw FatalError("no database at " + path);
    // A sharded archive is written shard by shard, each under its own lock.
    std::vector<Xapian::WritableDatabase> shards;
    for (const auto& shard : archive_databases(path))
        shards.push_back(open_writable(shard, args.wait));

    // The query is read on the whole archive, as newsarc-query reads it, and matched shard by
    // shard: the archive's settings are in its first shard only, and a shard's records are
    // decoded with its own dictionaries.
    Xapian::Database all;
    for (auto& shard : shards) all.add_database(shard);
    Xapian::Query query = selection_query(all, args.selection);
    IndexSettings settings = IndexSettings::from_database(all);
    std::vector<std::vector<Xapian::docid>> matches;
    std::size_t matched = 0;
    for (auto& shard : shards) {
        matches.push_back(all_matches(shard, query, settings, RecordCodec::from_database(shard)));
        matched += matches.back().size();
    }
    std::vector<std::string> not_found = unmatched_items(all, args.selection);
    for (const auto& item : not_found) std::cerr << "newsarc-index: not found: " << item << '\n';

    bool needs_confirmation = matched > kConfirmAbove && !args.yes;
    bool dry_run = args.dry_run || needs_confirmation;
    if (!dry_run) {
        for (std::size_t i = 0; i < shards.size(); ++i) {
            std::size_t since_commit = 0;
            for (Xapian::docid docid : matches[i]) {
                shards[i].delete_document(docid);
                if (++since_commit == schema::kCommitEvery) {
                    shards[i].commit();
                    since_commit = 0;
                }
            }
            shards[i].commit();
        }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Documents of the matches as the whole archive numbers them (Xapian interleaves shards).
    std::vector<Xapian::docid> docids;
    for (std::size_t i = 0; i < shards.size(); ++i)
        for (Xapian::docid d : matches[i]) docids.push_back((d - 1) * shards.size() + i + 1);
    Xapian::Database& db = all;
    if (!dry_run) db.reopen();

    RecordCodec codec = dry_run ? RecordCodec::from_database(db) : RecordCodec();
    if (args.format == OutputFormat::json) {
        nlohmann::ordered_json j{{"db", path},
                                 {"matched", matched},
                                 {"removed", dry_run ? 0 : docids.size()},
                                 {"dry_run", dry_run},
                                 {"not_found", not_found},
                                 {"documents", db.get_doccount()},
                                 {"seconds", seconds}};
        if (dry_run) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (Xapian::docid docid : docids) list.push_back(summary_json(db, docid, codec));
            j["articles"] = std::move(list);
        }
        print_json(j, std::cout);
    } else if (dry_run) {
        std::cout << "would remove " << docids.size() << " article" << (docids.size() == 1 ? "" : "s")
                  << (docids.empty() ? "" : ":") << '\n';
        for (std::size_t i = 0; i < docids.size() && i < kListInText; ++i) {
            auto s = summary_json(db, docids[i], codec);
            std::cout << "  " << s["id"].get<std::string>() << "  "
                      << (s["published"].is_null() ? "undated   " : s["published"].get<std::string>().substr(0, 10))
                      << "  " << s["title"].get<std::string>() << '\n';
        }
        if (docids.size() > kListInText)
            std::cout << "  … and " << docids.size() - kListInText << " more (--format json lists them all)\n";
        std::cout << (needs_confirmation && !args.dry_run
                          ? "nothing removed: more than " + std::to_string(kConfirmAbove) +
                                " articles match; add --yes to remove them\n"
                          : std::string("nothing removed (--dry-run)\n"));
    } else {
        std::printf("removed %zu article%s (%u documents left in %s, %.1f s)\n", docids.size(),
                    docids.size() == 1 ? "" : "s", db.get_doccount(), path.c_str(), seconds);
    }
    return not_found.empty() ? 0 : 1;
}

}  // namespace

Command remove_command(CLI::App& app) {
    auto args = std::make_shared<RemoveArgs>();
    auto* cmd = app.add_subcommand("remove", "Remove articles by id, URL, query or date");
    add_db_option(cmd, args->db);
    add_selection_options(cmd, args->selection);
    cmd->add_flag("-n,--dry-run", args->dry_run, "List what would be removed and remove nothing");
    cmd->add_flag("-y,--yes", args->yes,
                  "Remove even when more than " + std::to_string(kConfirmAbove) + " articles match (else a dry run)");
    add_wait_option(cmd, args->wait);
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->footer(
        "Several --id and --url add up; --query and --before narrow what they select.\n"
        "Exit status: 0 ok, 1 an --id or --url was not found, 2 usage or fatal error.\n\n"
        "Examples:\n"
        "  newsarc-index remove --id reuters-1234\n"
        "  newsarc-index remove --query 'site:example.com' --dry-run\n"
        "  newsarc-index remove --before 2015 --yes --format json");
    return {cmd, [args] { return run_remove(*args); }};
}

}  // namespace newsarc
