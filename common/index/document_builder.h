// Article -> Xapian::Document, following the schema: the only writer of terms and values.
#pragma once

#include <string>
#include <utility>

#include <xapian.h>

#include "common/index/analysis.h"
#include "common/model/article.h"
#include "common/index/index_settings.h"
#include "common/store/record_codec.h"

namespace newsarc {

// Holds one TermGenerator and a stemmer per language; not thread-safe, so each worker owns one.
class DocumentBuilder {
public:
    // Stored articles are compressed with `codec`, which must outlive the builder.
    explicit DocumentBuilder(const RecordCodec& codec, IndexSettings settings = {});
    Xapian::Document build(const Article& article);

    // The unique-id term of an article id ("Q" + id).
    static std::string id_term(const std::string& id);

    // Throws InputError when the article cannot be indexed (no id, an id too long for a term).
    static void validate(const Article& article);

    // Provenance. The XFILE term of an absolute source path (a long one shortened, see schema.h),
    // and the term prefix that finds every file under `folder` (or the file itself).
    static std::string source_file_term(const std::string& path);
    static std::string source_scan_prefix(const std::string& path);
    // kSlotSource of an article: "<absolute path>:<line>", empty for standard input.
    static std::string source_value(const Article& article);
    static std::string source_value(const std::string& file, std::size_t line);
    // The path and line in a stored kSlotSource value (empty path when there is none).
    static std::pair<std::string, std::size_t> parse_source_value(const std::string& value);
    // Whether a stored document needs no re-indexing for its schema (kOldestCurrentSchema or later).
    static bool schema_is_current(const Xapian::Document& doc);
    // The article id of a stored document (its Q term), empty if it has none.
    static std::string stored_id(const Xapian::Document& doc);

    // How a stored document compares with a freshly cleaned article of the same id: `same` (same
    // content, cleaner, schema, file and line: nothing to do), `moved` (same content, cleaner and
    // schema, read from another file or line: relocate() it), `changed` (rebuild it).
    enum class Match { same, moved, changed };
    static Match compare(const Xapian::Document& stored, const Article& article);

    // Gives a stored document the article's provenance (kSlotSource and the stored JSON's `source`,
    // and for another file its XSRC and XFILE terms) without re-indexing its text; for Match::moved.
    void relocate(Xapian::Document& doc, const Article& article) const;

private:
    // Indexes text as TermGenerator does (positions or not), CJK runs as the query parser wants them.
    void index_words(Xapian::Document& doc, const std::string& text, Xapian::termcount wdf, const std::string& prefix,
                     bool positions);
    const RecordCodec& codec_;
    IndexSettings settings_;
    Xapian::TermGenerator generator_;
    LanguageStemmers stemmers_;
};

}  // namespace newsarc
