// Threads of the read-and-clean pipeline and the reordering of their results.
#include "common/ingest/pipeline.h"

#include <filesystem>
#include <optional>

#include <xapian.h>

#include "common/index/document_builder.h"
#include "common/model/schema.h"
#include "common/ingest/inputs.h"

namespace newsarc {
namespace {

// Articles per batch: large enough that queue traffic is negligible, small enough to keep the
// memory of the batches in flight to a few megabytes.
constexpr std::size_t kBatchItems = 128;

// Cleaned batches allowed to wait for an earlier, slower one.
constexpr std::size_t kMaxWaiting = 64;

// The id of the stored article this raw one already is (empty unless `want_id`): same fingerprint
// (content, cleaner version, patterns), same file and line, and written by the current cleaner and
// schema (the document's own record of them is the truth, as `reindex` reads it).
std::optional<std::string> unchanged_id(const Xapian::Database& archive, const std::string& fingerprint,
                                        const std::string& file, std::size_t line, bool want_id) {
    std::string term = std::string(schema::kSource) + fingerprint;
    for (auto it = archive.postlist_begin(term); it != archive.postlist_end(term); ++it) {
        Xapian::Document doc = archive.get_document(*it);
        if (DocumentBuilder::schema_is_current(doc) &&
            doc.get_value(schema::kSlotCleanerVersion) == std::to_string(kCleanerVersion) &&
            doc.get_value(schema::kSlotSource) == DocumentBuilder::source_value(file, line))
            return want_id ? DocumentBuilder::stored_id(doc) : std::string();
    }
    return std::nullopt;
}

// unchanged_id while the writer commits: the revision a worker reads may be recycled under it
// (DatabaseModifiedError), then it reads the latest. Documents this run wrote since are found too,
// which is right: only the same raw article at the same place matches. Any other failure cleans
// the article, and the writer decides.
std::optional<std::string> lookup_unchanged(Xapian::Database& archive, const std::string& fingerprint,
                                            const std::string& file, std::size_t line, bool want_id) {
    for (int attempt = 0; attempt < 3; ++attempt) {
        try {
            if (attempt > 0) archive.reopen();
            return unchanged_id(archive, fingerprint, file, line, want_id);
        } catch (const Xapian::DatabaseModifiedError&) {
            continue;
        } catch (const Xapian::Error&) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

}  // namespace

ArticlePipeline::ArticlePipeline(std::vector<std::string> files, CleanOptions options, unsigned workers,
                                 std::string archive, bool want_ids)
    : files_(std::move(files)),
      options_(std::move(options)),
      archive_(std::move(archive)),
      want_ids_(want_ids),
      to_clean_(2 * (workers ? workers : 1)) {
    threads_.emplace_back(&ArticlePipeline::read_all, this);
    for (unsigned i = 0; i < (workers ? workers : 1); ++i) threads_.emplace_back(&ArticlePipeline::clean_batches, this);
}

ArticlePipeline::~ArticlePipeline() {
    stop();
    for (auto& t : threads_) t.join();
}

void ArticlePipeline::stop() {
    {
        std::lock_guard lock(done_mutex_);
        stopping_ = true;
    }
    done_changed_.notify_all();
    to_clean_.close();
}

void ArticlePipeline::read_all() {
    std::uint64_t seq = 0, bytes_read = 0;
    Batch batch;
    auto flush = [&] {
        if (batch.items.empty()) return true;
        batch.seq = seq++;
        batch.bytes_before = bytes_read;
        bool ok = to_clean_.push(std::move(batch));
        batch = Batch{};
        return ok;
    };
    bool ok = true;
    for (const auto& file : files_) {
        auto reader = open_reader(file);
        while (ok) {
            std::optional<ReadItem> item;
            try {
                item = reader->next();
            } catch (const std::exception& e) {  // readers report bad data; this is a last resort
                item = make_error(file, 0, e.what());
                reader = nullptr;
            }
            if (!item) break;
            batch.items.push_back(std::move(*item));
            if (batch.items.size() >= kBatchItems) ok = flush();
            if (!reader) break;
        }
        if (!ok) break;
        std::error_code ec;
        if (file != "-") bytes_read += std::filesystem::file_size(file, ec);
    }
    if (ok) flush();
    {
        std::lock_guard lock(done_mutex_);
        reader_finished_ = true;
        batches_total_ = seq;
    }
    done_changed_.notify_all();
    to_clean_.close();
}

void ArticlePipeline::clean_batches() {
    // Each worker reads the archive through its own handle (handles are not thread-safe); it sees
    // the last commit before the run, which is what "unchanged" is measured against.
    std::optional<Xapian::Database> archive;
    if (!archive_.empty()) {
        try {
            archive.emplace(archive_);
        } catch (const Xapian::Error&) {
            // No archive yet: everything is new.
        }
    }
    std::string path_given, absolute;  // the last source path seen, and its absolute form
    while (auto batch = to_clean_.pop()) {
        Cleaned cleaned_batch{batch->bytes_before, {}};
        std::vector<CleanItem>& out = cleaned_batch.items;
        out.reserve(batch->items.size());
        for (auto& item : batch->items) {
            if (auto* diagnostic = std::get_if<Diagnostic>(&item)) {
                out.emplace_back(std::move(*diagnostic));
                continue;
            }
            const auto& raw = std::get<RawArticle>(item);
            if (raw.source_path != path_given) {
                path_given = raw.source_path;
                absolute = absolute_path(path_given);
            }
            std::string fingerprint = source_fingerprint(raw, options_);
            if (archive) {
                if (auto id = lookup_unchanged(*archive, fingerprint, absolute, raw.source_line, want_ids_)) {
                    out.emplace_back(UnchangedSource{std::move(*id), absolute, raw.source_line});
                    continue;
                }
            }
            try {
                CleanResult cleaned = clean_article(raw, options_);
                for (auto& w : cleaned.warnings) out.emplace_back(std::move(w));
                cleaned.article.source_fingerprint = std::move(fingerprint);
                cleaned.article.source_file = absolute;
                cleaned.article.source_line = raw.source_line;
                out.emplace_back(std::move(cleaned.article));
            } catch (const InputError& e) {
                out.emplace_back(make_error(raw.source_path, e.line() ? e.line() : raw.source_line, e.what()));
            }
        }
        std::unique_lock lock(done_mutex_);
        // The batch the consumer waits for always gets in, so a full buffer cannot deadlock.
        done_changed_.wait(lock, [&] { return stopping_ || done_.size() < kMaxWaiting || batch->seq == next_seq_; });
        if (stopping_) return;
        done_.emplace(batch->seq, std::move(cleaned_batch));
        done_changed_.notify_all();
    }
}

bool ArticlePipeline::next(CleanItem& item) {
    while (current_pos_ >= current_.size()) {
        std::unique_lock lock(done_mutex_);
        done_changed_.wait(lock, [&] {
            return done_.count(next_seq_) || (reader_finished_ && next_seq_ >= batches_total_);
        });
        auto it = done_.find(next_seq_);
        if (it == done_.end()) return false;
        current_ = std::move(it->second.items);
        bytes_done_ = it->second.bytes_before;
        current_pos_ = 0;
        done_.erase(it);
        ++next_seq_;
        done_changed_.notify_all();
    }
    item = std::move(current_[current_pos_++]);
    return true;
}

}  // namespace newsarc
