// open_reader(): opens a path, undoes zstd and gzip, sniffs the format and hands the stream to its reader.
#include <algorithm>
#include <cctype>
#include <string_view>

#include "common/io/byte_stream.h"
#include "common/io/gzip_stream.h"
#include "common/readers/formats.h"
#include "common/readers/reader.h"
#include "common/text/strutil.h"
#include "common/text/utf8.h"

namespace newsarc {

namespace {

constexpr std::size_t kSniffBytes = 8 * 1024;
constexpr std::size_t kSgmlSniffBytes = 4 * 1024;

enum class Format { unknown, text, jsonl, sgml, html, warc };

class ErrorReader : public Reader {
public:
    explicit ErrorReader(Diagnostic d) : diagnostic_(std::move(d)) {}
    std::optional<ReadItem> next() override {
        if (done_) return std::nullopt;
        done_ = true;
        return diagnostic_;
    }

private:
    Diagnostic diagnostic_;
    bool done_ = false;
};

// The file name's extension, lowercased, after dropping a trailing ".zst" or ".gz": "a.JSONL.zst" -> ".jsonl".
std::string article_extension(std::string_view path) {
    std::size_t slash = path.find_last_of('/');
    std::string name = strutil::ascii_lower(slash == std::string_view::npos ? path : path.substr(slash + 1));
    if (name.ends_with(".zst")) name.resize(name.size() - 4);
    else if (name.ends_with(".gz")) name.resize(name.size() - 3);
    std::size_t dot = name.find_last_of('.');
    if (dot == std::string::npos || dot == 0) return {};
    return name.substr(dot);
}

Format format_by_extension(std::string_view path) {
    std::string ext = article_extension(path);
    if (ext == ".jsonl" || ext == ".ndjson") return Format::jsonl;
    if (ext == ".sgm" || ext == ".sgml") return Format::sgml;
    if (ext == ".txt") return Format::text;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::html;
    if (ext == ".warc") return Format::warc;
    return Format::unknown;
}

Format format_by_content(std::string_view head) {
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);  // a UTF-8 byte-order mark
    std::size_t first = head.find_first_not_of(" \t\r\n\f\v");
    if (first != std::string_view::npos && head[first] == '{') return Format::jsonl;
    std::string_view start = head.substr(0, kSgmlSniffBytes);
    if (start.find("<REUTERS") != std::string_view::npos || start.find("<!DOCTYPE lewis") != std::string_view::npos) {
        return Format::sgml;
    }
    if (head.starts_with("WARC/1.")) return Format::warc;
    if (first != std::string_view::npos && head[first] == '<') {
        std::string lower = strutil::ascii_lower(start);
        if (lower.find("<html") != std::string::npos || lower.find("<!doctype html") != std::string::npos) return Format::html;
    }
    return Format::text;
}

}  // namespace

std::unique_ptr<Reader> make_error_reader(Diagnostic diagnostic) {
    return std::make_unique<ErrorReader>(std::move(diagnostic));
}

std::unique_ptr<Reader> open_reader(const std::string& path) {
    std::unique_ptr<PeekableStream> stream;
    try {
        stream = std::make_unique<PeekableStream>(std::make_unique<FileStream>(path));
    } catch (const OpenError& e) {
        return make_error_reader(make_error(path, 0, std::string("cannot open: ") + e.what()));
    }
    // Compressed or not is decided by the bytes, whatever the name says.
    if (has_zstd_magic(stream->peek(4))) {
        stream = std::make_unique<PeekableStream>(std::make_unique<ZstdStream>(std::move(stream)));
    } else if (has_gzip_magic(stream->peek(2))) {
        stream = std::make_unique<PeekableStream>(std::make_unique<GzipStream>(std::move(stream)));
    }
    // Peeking never throws: an early stream error is kept and raised to the reader later, after
    // the bytes before it, so a short truncated file still reports "truncated zstd stream".
    std::string_view head = stream->peek(kSniffBytes);
    if (head.empty()) {
        // Empty, or broken before its first byte: let a read say which.
        char probe;
        try {
            stream->read(&probe, 1);
        } catch (const InputError& e) {
            return make_error_reader(make_error(path, 0, e.what()));
        }
        return make_error_reader(make_error(path, 0, "empty file"));
    }
    if (looks_binary(head)) return make_error_reader(make_error(path, 0, "binary file, not an article"));

    Format format = format_by_extension(path);
    if (format == Format::unknown) format = format_by_content(head);
    switch (format) {
        case Format::jsonl:
            return make_jsonl_reader(std::move(stream), path);
        case Format::sgml:
            return make_sgml_reader(std::move(stream), path);
        case Format::html:
            return make_html_reader(std::move(stream), path);
        case Format::warc:
            return make_warc_reader(std::move(stream), path);
        default:
            return make_text_reader(std::move(stream), path);
    }
}

bool is_article_file(const std::string& path) {
    return format_by_extension(path) != Format::unknown;
}

}  // namespace newsarc
