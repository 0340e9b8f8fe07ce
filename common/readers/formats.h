// The per-format readers, built over any ByteStream (so tests can feed them strings).
// open_reader() in reader.h picks one of these for a path.
#pragma once

#include <memory>
#include <string>

#include "common/base/diagnostic.h"
#include "common/io/byte_stream.h"
#include "common/readers/reader.h"

namespace newsarc {

// One article per file, the scraper's layout: title, byline, display date, YYYYMMDD, URL, body.
std::unique_ptr<Reader> make_text_reader(std::unique_ptr<ByteStream> stream, std::string path);

// One JSON object per line.
std::unique_ptr<Reader> make_jsonl_reader(std::unique_ptr<ByteStream> stream, std::string path);

// Reuters-21578 SGML (Latin-1), streamed one <REUTERS> element at a time.
std::unique_ptr<Reader> make_sgml_reader(std::unique_ptr<ByteStream> stream, std::string path);

// One saved HTML page (any charset), its article extracted (common/html/page.h).
std::unique_ptr<Reader> make_html_reader(std::unique_ptr<ByteStream> stream, std::string path);

// A WARC file: each HTTP 200 response with an HTML payload is one article.
std::unique_ptr<Reader> make_warc_reader(std::unique_ptr<ByteStream> stream, std::string path);

// A reader whose only item is `diagnostic`: for a file rejected whole (unreadable, empty, binary).
std::unique_ptr<Reader> make_error_reader(Diagnostic diagnostic);

}  // namespace newsarc
