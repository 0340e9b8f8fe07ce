// The writer thread: unchanged detection by content hash, replace by unique term, batched commits.
#include "indexer/shard_writer.h"

#include "common/index/document_builder.h"
#include "common/schema.h"

namespace newsarc {

ShardWriter::ShardWriter(Xapian::WritableDatabase db, const RecordCodec& codec, IndexSettings settings,
                         std::size_t commit_every)
    : db_(std::move(db)), codec_(codec), settings_(settings), commit_every_(commit_every), queue_(4) {
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
                if (exists && db_.get_document(*it).get_value(schema::kSlotContentHash) == article.content_hash) {
                    ++counts_.unchanged;
                    continue;
                }
                db_.replace_document(term, builder.build(article));
                ++(exists ? counts_.replaced : counts_.added);
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
