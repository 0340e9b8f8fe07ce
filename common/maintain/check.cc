// Archive checks: Xapian's table check, then one pass over the documents.
#include "common/maintain/check.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <sstream>

#include <xapian.h>

#include "common/clean/cleaner.h"
#include "common/base/diagnostic.h"
#include "common/base/parallel.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/store/ownership.h"
#include "common/store/record_codec.h"
#include "common/store/sharded_archive.h"

namespace newsarc {
namespace {

class Checker {
public:
    Checker(CheckReport& report, std::size_t keep) : report_(report), keep_(keep) {}

    void problem(unsigned docid, const std::string& id, const std::string& what) {
        ++report_.problem_count;
        if (report_.problems.size() < keep_) report_.problems.push_back({docid, id, what});
    }

    // The document's ids (its Q terms): exactly one is expected.
    static std::vector<std::string> ids_of(const Xapian::Document& doc) {
        std::vector<std::string> ids;
        auto it = doc.termlist_begin();
        it.skip_to(std::string(schema::kUniqueId));
        for (; it != doc.termlist_end() && (*it).starts_with(schema::kUniqueId); ++it) {
            std::string term = *it;
            // Other prefixes beginning with Q would be capitals after it; ids never start so.
            ids.push_back(term.substr(schema::kUniqueId.size()));
        }
        return ids;
    }

    // Document `local` of `db`, which is shard `shard` of `shards` (1 for a plain database), reported
    // as `docid` (its number in the joined archive).
    void document(const Xapian::Database& db, Xapian::docid local, const RecordCodec& codec, unsigned docid,
                  unsigned shard, unsigned shards) {
        Xapian::Document doc = db.get_document(local);
        std::vector<std::string> ids = ids_of(doc);
        std::string id = ids.size() == 1 ? ids.front() : "";
        if (ids.size() != 1) {
            problem(docid, id, "has " + std::to_string(ids.size()) + " id terms, not one");
        } else if (db.get_termfreq(std::string(schema::kUniqueId) + id) != 1) {
            problem(docid, id, "id is shared by " + std::to_string(db.get_termfreq(std::string(schema::kUniqueId) + id)) +
                                   " documents");
        } else if (shards > 1 && shard_of(id, shards) != shard) {
            problem(docid, id, "is in shard " + std::to_string(shard) + ", but its id routes to shard " +
                                   std::to_string(shard_of(id, shards)));
        }
        Article a;
        try {
            a = load_article(doc, codec);
        } catch (const std::exception& e) {
            problem(docid, id, std::string("stored article does not decode: ") + e.what());
            return;
        }
        if (a.id != id) problem(docid, id, "stored article says id \"" + a.id + "\"");
        std::string date = doc.get_value(schema::kSlotDate);
        if (a.published ? date != a.published->sort_key() : !date.empty())
            problem(docid, id, "date value \"" + date + "\" disagrees with the stored date " +
                                   (a.published ? a.published->iso() : "(none)"));
        else if (a.published && db.get_termfreq(std::string(schema::kDay) + a.published->yyyymmdd()) == 0)
            problem(docid, id, "no day term for " + a.published->iso());
        if (doc.get_value(schema::kSlotContentHash) != a.content_hash)
            problem(docid, id, "content hash value disagrees with the stored article");
        if (doc.get_value(schema::kSlotCleanerVersion) != std::to_string(a.cleaner_version))
            problem(docid, id, "cleaner version value disagrees with the stored article");
        if (a.cleaner_version > kCleanerVersion)
            problem(docid, id, "cleaned by a newer newsarc (cleaner " + std::to_string(a.cleaner_version) + ")");
    }

private:
    CheckReport& report_;
    std::size_t keep_;
};

}  // namespace

namespace {

// One database's part of the check: Xapian's table check, then every document. `shard`/`shards`
// place it in a sharded archive (docids are reported as the joined archive numbers them, and each
// article must live in the shard its id routes to); shards == 1 for a plain database.
CheckReport check_one(const std::string& dir, unsigned shard, unsigned shards, std::size_t keep_problems) {
    CheckReport report;
    if (survey(dir).kind != FolderSurvey::Kind::database) {
        report.xapian_errors = 1;
        report.xapian_output = dir + ": not a glass database folder\n";
        return report;
    }
    std::ostringstream xapian_out;
    try {
        report.xapian_errors = Xapian::Database::check(dir, Xapian::DBCHECK_SHORT_TREE, &xapian_out);
    } catch (const Xapian::DatabaseOpeningError& e) {
        if (::access(dir.c_str(), W_OK) != 0 && errno == EROFS) {
            report.xapian_checked = false;
            report.xapian_errors = 0;
            xapian_out.str("");
        } else {
            report.xapian_errors = 1;
            xapian_out << e.get_description() << '\n';
        }
    } catch (const Xapian::Error& e) {
        report.xapian_errors = std::max<std::size_t>(report.xapian_errors, 1);
        xapian_out << e.get_description() << '\n';
    }
    if (report.xapian_errors) report.xapian_output = xapian_out.str();

    Checker checker(report, keep_problems);
    auto joined = [&](Xapian::docid d) { return static_cast<unsigned>((d - 1) * shards + shard + 1); };
    try {
        Xapian::Database db = open_readonly(dir);
        RecordCodec codec;
        try {
            codec = RecordCodec::from_database(db);
        } catch (const std::exception& e) {
            checker.problem(0, "", std::string("compression dictionaries do not load: ") + e.what());
        }
        for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
            ++report.documents;
            checker.document(db, *it, codec, joined(*it), shard, shards);
        }
        // Every document has exactly one id (checked above); the ids in the index must be exactly as many.
        Xapian::doccount with_ids = 0;
        for (auto t = db.allterms_begin(std::string(schema::kUniqueId)); t != db.allterms_end(std::string(schema::kUniqueId)); ++t)
            with_ids += t.get_termfreq();
        if (with_ids != db.get_doccount())
            checker.problem(0, "", (shards > 1 ? "shard " + std::to_string(shard) + ": " : std::string()) +
                                       std::to_string(db.get_doccount()) + " documents but " + std::to_string(with_ids) +
                                       " id postings");
    } catch (const Xapian::Error& e) {
        checker.problem(0, "", "reading the documents failed: " + e.get_description());
    }
    return report;
}

}  // namespace

CheckReport check_archive(const std::string& path, std::size_t keep_problems, unsigned jobs) {
    CheckReport report;
    // Shards are checked in parallel: Xapian checks one database at a time, and a shard's documents
    // are all found in that shard.
    std::vector<std::string> dirs = archive_databases(path);
    // A missing table is the answer in itself (and opening the archive would refuse it): Xapian's
    // own check passes an archive that lost a table its articles need.
    for (const auto& dir : dirs) {
        if (survey(dir).kind != FolderSurvey::Kind::database) continue;
        for (const auto& table : damaged_tables(dir)) {
            ++report.xapian_errors;
            report.xapian_output += dir + ": " + table + " is missing, and the archive's articles need it\n";
        }
    }
    if (report.xapian_errors) return report;
    Xapian::Database db = open_readonly(path);
    Checker checker(report, keep_problems);
    std::string schema_version = db.get_metadata(std::string(schema::kMetaSchemaVersion));
    if (db.get_doccount() > 0 && schema_version.empty()) checker.problem(0, "", "no schema version in the metadata");

    std::vector<CheckReport> parts(dirs.size());
    auto shards = static_cast<unsigned>(dirs.size());
    parallel_for(dirs.size(), jobs, [&](std::size_t i) {
        parts[i] = check_one(dirs[i], static_cast<unsigned>(i), shards, keep_problems);
    });
    for (auto& part : parts) {
        report.documents += part.documents;
        report.xapian_checked = report.xapian_checked && part.xapian_checked;
        report.xapian_errors += part.xapian_errors;
        report.xapian_output += part.xapian_output;
        report.problem_count += part.problem_count;
        for (auto& p : part.problems)
            if (report.problems.size() < keep_problems) report.problems.push_back(std::move(p));
    }
    return report;
}

}  // namespace newsarc
