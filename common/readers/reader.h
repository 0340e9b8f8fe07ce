// The reader interface: one reader per input format, producing RawArticles or per-article errors.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "common/model/article.h"
#include "common/base/diagnostic.h"

namespace newsarc {

class ByteStream;

// One item from a reader: an article, or the reason one article (or the whole file) was rejected.
using ReadItem = std::variant<RawArticle, Diagnostic>;

class Reader {
public:
    virtual ~Reader() = default;
    // The next article or error; nullopt at the end of the input. Never throws for bad data:
    // a truncated or corrupt stream yields a Diagnostic and then the end.
    virtual std::optional<ReadItem> next() = 0;
};

// Opens `path` ("-" for standard input), undoing zstd or gzip compression, and picks the reader by
// content (zstd/gzip magic, JSON, Reuters SGML, HTML, WARC, binary) and extension (.txt .jsonl .sgm
// .html .htm .warc, each with .zst or .gz).
// An unreadable, empty or binary file yields a reader whose only item is that Diagnostic.
std::unique_ptr<Reader> open_reader(const std::string& path);

// True when a folder walk should offer this file to open_reader (known extensions, with .zst or .gz).
bool is_article_file(const std::string& path);

}  // namespace newsarc
