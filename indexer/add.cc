// `newsarc-index add`: read, clean and index articles; re-adding is idempotent by unique id and hash.
#include <iostream>

#include <nlohmann/json.hpp>

#include "common/index/document_builder.h"
#include "common/schema.h"
#include "common/store/database.h"
#include "indexer/commands.h"
#include "indexer/ingest.h"
#include "indexer/progress.h"

namespace newsarc {
namespace {

// Commit in batches so that an interruption loses at most one batch and the database always opens.
constexpr std::size_t kCommitEvery = 10000;

struct AddCounts {
    std::size_t added = 0, replaced = 0, unchanged = 0;
};

// What is stored under the article's id now: nothing, the same content, or something else.
enum class Existing { none, same, different };

Existing look_up(const Xapian::Database& db, const std::string& id_term, const std::string& hash,
                 Xapian::docid& docid) {
    auto it = db.postlist_begin(id_term);
    if (it == db.postlist_end(id_term)) return Existing::none;
    docid = *it;
    return db.get_document(docid).get_value(schema::kSlotContentHash) == hash ? Existing::same
                                                                              : Existing::different;
}

}  // namespace

int run_add(const AddArgs& args) {
    CleanOptions options = load_clean_options(args.boilerplate_files);
    Reporter reporter;
    std::vector<std::string> files = expand_inputs(args.paths, reporter);
    std::string path = resolve_db_path(args.db);
    Xapian::WritableDatabase db = open_writable(path);

    DocumentBuilder builder;
    AddCounts counts;
    Progress progress(args.quiet);
    std::size_t since_commit = 0;
    try {
        for_each_article(files, options, reporter, [&](Article&& article) {
            std::string term = DocumentBuilder::id_term(article.id);
            Xapian::docid docid = 0;
            Existing existing = look_up(db, term, article.content_hash, docid);
            if (existing == Existing::same) {
                ++counts.unchanged;
            } else {
                try {
                    Xapian::Document doc = builder.build(article);
                    db.replace_document(term, doc);
                } catch (const InputError& e) {
                    reporter.report(make_error(article.source, 0, e.what()));
                    return;
                }
                ++(existing == Existing::none ? counts.added : counts.replaced);
                if (++since_commit >= kCommitEvery) {
                    db.commit();
                    since_commit = 0;
                }
            }
            progress.tick(counts.added + counts.replaced + counts.unchanged);
        });
        db.commit();
    } catch (const Xapian::Error& e) {
        progress.finish();
        throw FatalError("database " + path + ": " + e.get_description() +
                         " (everything up to the last commit is kept)");
    }
    progress.finish();

    if (args.format == OutputFormat::json || args.format == OutputFormat::jsonl) {
        nlohmann::ordered_json j{{"db", path},
                                 {"added", counts.added},
                                 {"replaced", counts.replaced},
                                 {"unchanged", counts.unchanged},
                                 {"rejected", reporter.errors()},
                                 {"warnings", reporter.warnings()},
                                 {"documents", db.get_doccount()},
                                 {"seconds", progress.elapsed_seconds()}};
        std::cout << j.dump() << '\n';
    } else if (!args.quiet) {
        std::printf("added %zu, replaced %zu, unchanged %zu, rejected %zu (%u documents in %s, %.1f s)\n",
                    counts.added, counts.replaced, counts.unchanged, reporter.errors(),
                    db.get_doccount(), path.c_str(), progress.elapsed_seconds());
    }
    return reporter.errors() > 0 ? 1 : 0;
}

}  // namespace newsarc
