// Article -> Xapian::Document, following the schema: the only writer of terms and values.
#pragma once

#include <xapian.h>

#include "common/article.h"
#include "common/index/index_settings.h"
#include "common/store/record_codec.h"

namespace newsarc {

// Holds one TermGenerator and stemmer; not thread-safe, so each worker owns one.
class DocumentBuilder {
public:
    // Stored articles are compressed with `codec`, which must outlive the builder.
    explicit DocumentBuilder(const RecordCodec& codec, IndexSettings settings = {});
    Xapian::Document build(const Article& article);

    // The unique-id term of an article id ("Q" + id).
    static std::string id_term(const std::string& id);

    // Throws InputError when the article cannot be indexed (no id, an id too long for a term).
    static void validate(const Article& article);

private:
    const RecordCodec& codec_;
    IndexSettings settings_;
    Xapian::TermGenerator generator_;
};

}  // namespace newsarc
