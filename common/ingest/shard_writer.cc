// The writer thread: unchanged detection (content, versions, provenance), replace by unique term,
// batched commits.
#include "common/ingest/shard_writer.h"

#include "common/index/document_builder.h"
#include "common/model/schema.h"

namespace newsarc {

ShardWriter::ShardWriter(Xapian::WritableDatabase db, const RecordCodec& codec, IndexSettings settings,
                         std::size_t commit_every, bool rewrite_all)
    : db_(std::move(db)),
      codec_(codec),
      settings_(settings),
      commit_every_(commit_every),
      rewrite_all_(rewrite_all),
      queue_(4) {
    thread_ = std::thread(&ShardWriter::run, this);
}

ShardWriter::~ShardWriter() {
    if (!finished_) {
        queue_.close();
        thread_.join();
    }
}

void ShardWriter::submit(std::vector<Article> batch) {
    if (!queue_.push(std::move(batch)) && error_) std::rethrow_exception(error_);
}

void ShardWriter::finish() {
    if (finished_) return;
    finished_ = true;
    queue_.close();
    thread_.join();
    if (error_) std::rethrow_exception(error_);
}

void ShardWriter::run() {
    try {
        DocumentBuilder builder(codec_, settings_);
        std::size_t since_commit = 0;
        while (auto batch = queue_.pop()) {
            for (const Article& article : *batch) {
                std::string term = DocumentBuilder::id_term(article.id);
                auto it = db_.postlist_begin(term);
                bool exists = it != db_.postlist_end(term);
                auto match = DocumentBuilder::Match::changed;
                if (exists && !rewrite_all_) {
                    Xapian::Document stored = db_.get_document(*it);
                    match = DocumentBuilder::compare(stored, article);
                    if (match == DocumentBuilder::Match::moved) {
                        // Same content from another place: only its provenance is rewritten.
                        builder.relocate(stored, article);
                        db_.replace_document(*it, stored);
                    }
                }
                if (match == DocumentBuilder::Match::changed) {
                    // A new id is added directly: replace_document(term) would look it up again.
                    if (exists) db_.replace_document(term, builder.build(article));
                    else db_.add_document(builder.build(article));
                    ++(exists ? counts_.replaced : counts_.added);
                } else {
                    ++counts_.unchanged;
                    if (match == DocumentBuilder::Match::same) continue;
                }
                if (++since_commit >= commit_every_) {
                    db_.commit();
                    since_commit = 0;
                }
            }
        }
        db_.commit();
    } catch (...) {
        error_ = std::current_exception();
        queue_.close();  // unblocks the producer, who sees the error in submit() or finish()
    }
}

}  // namespace newsarc
