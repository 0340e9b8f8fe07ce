// One HTML page to one RawArticle: decoding, parsing, metadata and main-text extraction together.
// Pure: bytes in, article out; readers (HTML files, WARC records) supply where the page came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/model/article.h"

namespace newsarc::html {

struct PageSource {
    std::string path;          // the file, for diagnostics and RawArticle::source_path
    std::size_t line = 1;      // where the page starts in it (a WARC record's first line)
    std::string format = "html";
    std::string url;           // fallback when the page names no canonical URL (WARC-Target-URI)
    std::string date;          // fallback when the page gives no date (WARC-Date)
    std::string content_type;  // the HTTP Content-Type, whose charset outranks the page's <meta>
};

// The article a page holds: title, bylines, dates (published first), canonical URL, section and
// the extracted body as body_lines (one paragraph a line); site name, language and modified date
// in `extra`. Decoding problems (unknown charset, invalid UTF-8) are warnings on the article.
// Throws InputError for a page that cannot be read safely (markup nested thousands deep).
RawArticle page_to_article(std::string_view bytes, const PageSource& source);

// A parsed tree deeper than this is refused (the benchmark's 181 pages stay under 60); the count
// on the bytes, which cannot see the parser close forgotten tags, may reach ten times as much
// (645 on one of those pages).
inline constexpr std::size_t kMaxHtmlNesting = 1000;
inline constexpr std::size_t kMaxOpenTags = 10 * kMaxHtmlNesting;

// The body the page's JSON-LD declares (`articleBody`) stands in for the extracted one when it is
// at least this long and the extraction found less than half of it (a body drawn by scripts, a
// layout the extractor misread).
inline constexpr std::size_t kMinJsonLdBody = 500;
std::vector<std::string> choose_body(std::vector<std::string> extracted, std::string_view jsonld_body);

// The paragraphs of a JSON-LD articleBody: markup parsed as HTML, plain text split at line
// breaks, entities decoded.
std::vector<std::string> jsonld_paragraphs(std::string_view body);

// Resolves a link against the page's address: "/a/b" on https://x.org/c -> https://x.org/a/b.
std::string resolve_url(std::string_view link, std::string_view base);

}  // namespace newsarc::html
