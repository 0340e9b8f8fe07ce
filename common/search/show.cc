// Looking up one article by id or URL.
#include "common/search/show.h"

#include "common/index/document_builder.h"
#include "common/index/url_term.h"
#include "common/store/database.h"

namespace newsarc {

std::optional<Article> find_article(const Xapian::Database& db, const std::string& key) {
    RecordCodec codec = RecordCodec::from_database(db);
    for (const std::string& term : {DocumentBuilder::id_term(key), url_term(key)}) {
        if (term.empty()) continue;
        auto it = db.postlist_begin(term);
        if (it != db.postlist_end(term)) return load_article(db.get_document(*it), codec);
    }
    return std::nullopt;
}

}  // namespace newsarc
