// WARC reader: record headers, Content-Length blocks, HTTP status and headers, chunked and gzip
// payloads. Only `response` records with status 200 and an HTML payload become articles; other
// responses are counted and reported once at the end. A record cut short ends the file with an
// error naming the record's line.
#include "common/readers/warc_reader.h"

#include <cstring>
#include <map>
#include <string>

#include "common/html/page.h"
#include "common/io/gzip_stream.h"
#include "common/readers/formats.h"
#include "common/readers/html_reader.h"
#include "common/text/strutil.h"

namespace newsarc {

namespace {

constexpr std::size_t kMaxHeaderLine = 64 * 1024;
// A block larger than a page may be (plus room for HTTP headers) is read only as far as its
// headers, to tell a skipped response (a video) from a page too large to read.
constexpr std::size_t kMaxRecordBytes = kMaxHtmlPageBytes + (1u << 20);
constexpr std::size_t kHeadBytes = 64 * 1024;

// Buffered reading with line counting over a ByteStream.
class Input {
public:
    explicit Input(ByteStream& s) : stream_(s) {}

    // One line without its "\r\n" or "\n"; false at the end of the input.
    bool line(std::string& out) {
        out.clear();
        for (;;) {
            if (pos_ == buf_.size() && !fill()) return !out.empty();
            const char* start = buf_.data() + pos_;
            const void* nl = std::memchr(start, '\n', buf_.size() - pos_);
            std::size_t take = nl ? static_cast<const char*>(nl) - start : buf_.size() - pos_;
            if (out.size() + take > kMaxHeaderLine) throw InputError(line_, "header line too long");
            out.append(start, take);
            pos_ += take;
            if (nl) {
                ++pos_;
                ++line_;
                if (!out.empty() && out.back() == '\r') out.pop_back();
                return true;
            }
        }
    }

    // Up to n bytes appended to out (fewer only at the end); a null `out` skips them.
    std::size_t bytes(std::size_t n, std::string* out) {
        std::size_t done = 0;
        while (done < n) {
            if (pos_ == buf_.size() && !fill()) break;
            std::size_t take = std::min(n - done, buf_.size() - pos_);
            const char* start = buf_.data() + pos_;
            for (const char* p = start; (p = static_cast<const char*>(std::memchr(p, '\n', start + take - p)));) {
                ++line_;
                ++p;
            }
            if (out) out->append(start, take);
            pos_ += take;
            done += take;
        }
        return done;
    }

    std::size_t line_number() const { return line_; }  // of the next unread line

private:
    bool fill() {
        buf_.resize(64 * 1024);
        std::size_t got = stream_.read(buf_.data(), buf_.size());
        buf_.resize(got);
        pos_ = 0;
        return got > 0;
    }

    ByteStream& stream_;
    std::string buf_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

using Headers = std::map<std::string, std::string>;  // lowercased names

void add_header(Headers& h, std::string_view line) {
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    h[strutil::ascii_lower(strutil::trim(line.substr(0, colon)))] = std::string(strutil::trim(line.substr(colon + 1)));
}

std::string header(const Headers& h, const char* name) {
    auto it = h.find(name);
    return it == h.end() ? std::string() : it->second;
}

bool is_html_type(std::string_view content_type, std::string_view body) {
    std::string t = strutil::ascii_lower(content_type);
    if (!t.empty()) return t.find("html") != std::string::npos;
    std::string head = strutil::ascii_lower(body.substr(0, 1024));
    return head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos;
}

class WarcReader : public Reader {
public:
    WarcReader(std::unique_ptr<ByteStream> stream, std::string path)
        : stream_(std::move(stream)), path_(std::move(path)), in_(*stream_) {}

    std::optional<ReadItem> next() override {
        while (!done_) {
            try {
                if (auto item = next_record()) return item;
            } catch (const InputError& e) {
                done_ = true;
                return make_error(path_, record_line_, std::string(e.what()) + " in the WARC record starting here");
            }
        }
        if (!summarised_) {
            summarised_ = true;
            if (auto s = skipped_summary()) return *s;
        }
        return std::nullopt;
    }

private:
    // The next article or error; nullopt when a record gave neither (skipped), done_ at the end.
    std::optional<ReadItem> next_record() {
        std::string line;
        do {
            if (!in_.line(line)) {
                done_ = true;
                return std::nullopt;
            }
        } while (strutil::trim(line).empty());
        record_line_ = in_.line_number() - 1;
        if (!line.starts_with("WARC/")) {
            // Not at a record: skip to the next one, once reporting where things went wrong.
            bool first = !lost_sync_;
            lost_sync_ = true;
            if (first) return make_error(path_, record_line_, "expected a WARC record header (WARC/1.x), skipping to the next record");
            return std::nullopt;
        }
        lost_sync_ = false;
        Headers warc;
        while (in_.line(line) && !line.empty()) add_header(warc, line);
        std::string length_text = header(warc, "content-length");
        char* end = nullptr;
        unsigned long long length = std::strtoull(length_text.c_str(), &end, 10);
        if (length_text.empty() || *end != '\0') {
            done_ = true;
            return make_error(path_, record_line_, "WARC record without a valid Content-Length");
        }
        std::string type = strutil::ascii_lower(header(warc, "warc-type"));
        // A `resource` record holding an HTML page (as some crawlers store what they fetched
        // without HTTP headers) is a page too.
        bool html_resource = type == "resource" && is_html_type(header(warc, "content-type"), "x");
        bool wanted = type == "response" || html_resource;
        bool oversized = length > kMaxRecordBytes;
        std::string block;
        std::size_t got = 0;
        if (wanted && oversized) {
            got = in_.bytes(kHeadBytes, &block);
            got += in_.bytes(length - kHeadBytes, nullptr);
        } else {
            got = in_.bytes(length, wanted ? &block : nullptr);
        }
        if (got < length) {
            done_ = true;
            return make_error(path_, record_line_,
                              "WARC record cut short: " + std::to_string(length) + " bytes announced, " +
                                  std::to_string(got) + " found");
        }
        if (html_resource) {
            if (oversized) return too_large();
            return page(block, warc, header(warc, "content-type"));
        }
        if (type != "response") return std::nullopt;
        ++responses_;
        return response(block, warc, oversized);
    }

    Diagnostic too_large() const {
        return make_error(path_, record_line_,
                          "page larger than " + std::to_string(kMaxHtmlPageBytes >> 20) + " MiB, not read");
    }

    // `block` holds only the record's first bytes when `oversized`.
    std::optional<ReadItem> response(const std::string& block, const Headers& warc, bool oversized) {
        // The HTTP status line and headers, then the payload.
        std::size_t head_end = block.find("\r\n\r\n");
        std::size_t body_start = head_end == std::string::npos ? std::string::npos : head_end + 4;
        if (head_end == std::string::npos) {
            head_end = block.find("\n\n");
            body_start = head_end == std::string::npos ? std::string::npos : head_end + 2;
        }
        if (!block.starts_with("HTTP/") || head_end == std::string::npos) {
            ++skipped_other_;
            return std::nullopt;
        }
        std::string_view head(block.data(), head_end);
        std::size_t eol = head.find('\n');
        std::string_view status_line = strutil::trim(head.substr(0, eol));
        int status = 0;
        if (std::size_t sp = status_line.find(' '); sp != std::string_view::npos)
            status = std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
        Headers http;
        while (eol != std::string_view::npos) {
            std::size_t next = head.find('\n', eol + 1);
            add_header(http, strutil::trim(head.substr(eol + 1, next == std::string_view::npos ? next : next - eol - 1)));
            eol = next;
        }
        if (status != 200) {
            ++skipped_status_[status];
            return std::nullopt;
        }
        std::string_view payload = std::string_view(block).substr(body_start);
        if (oversized) {
            if (!is_html_type(header(http, "content-type"), payload)) {
                ++skipped_type_;
                return std::nullopt;
            }
            return too_large();
        }
        std::string decoded;
        if (strutil::ascii_lower(header(http, "transfer-encoding")).find("chunked") != std::string::npos) {
            if (!decode_chunked(payload, decoded))
                return make_error(path_, record_line_, "malformed chunked transfer encoding in the HTTP response");
            payload = decoded;
        }
        std::string content_type = header(http, "content-type");
        std::string encoding = strutil::ascii_lower(header(http, "content-encoding"));
        std::string inflated;
        if (encoding == "gzip" || encoding == "x-gzip") {
            try {
                GzipStream gz(std::make_unique<MemoryStream>(std::string(payload)));
                char buf[64 * 1024];
                while (std::size_t n = gz.read(buf, sizeof buf)) {
                    inflated.append(buf, n);
                    if (inflated.size() > kMaxHtmlPageBytes) break;
                }
            } catch (const InputError& e) {
                return make_error(path_, record_line_, std::string("HTTP payload: ") + e.what());
            }
            payload = inflated;
        } else if (!encoding.empty() && encoding != "identity") {
            ++skipped_encoding_;
            return std::nullopt;
        }
        if (!is_html_type(content_type, payload)) {
            ++skipped_type_;
            return std::nullopt;
        }
        return page(payload, warc, content_type);
    }

    // One HTML page of a record, with the record's URI and date as fallbacks.
    ReadItem page(std::string_view payload, const Headers& warc, const std::string& content_type) {
        if (payload.size() > kMaxHtmlPageBytes) return too_large();
        html::PageSource source;
        source.path = path_;
        source.line = record_line_;
        source.format = "warc";
        source.url = header(warc, "warc-target-uri");
        if (source.url.starts_with("<") && source.url.ends_with(">")) source.url = source.url.substr(1, source.url.size() - 2);
        source.date = header(warc, "warc-date");
        source.content_type = content_type;
        try {
            return html::page_to_article(payload, source);
        } catch (const InputError& e) {
            return make_error(path_, record_line_, e.what());
        }
    }

    std::optional<Diagnostic> skipped_summary() const {
        std::size_t by_status = 0;
        for (const auto& [code, n] : skipped_status_) by_status += n;
        std::size_t total = by_status + skipped_type_ + skipped_encoding_ + skipped_other_;
        if (total == 0) return std::nullopt;
        std::string why;
        auto add = [&](std::size_t n, const std::string& what) {
            if (n == 0) return;
            if (!why.empty()) why += ", ";
            why += std::to_string(n) + " " + what;
        };
        add(skipped_type_, "not HTML");
        for (const auto& [code, n] : skipped_status_) add(n, "HTTP status " + std::to_string(code));
        add(skipped_encoding_, "unsupported content encoding");
        add(skipped_other_, "not an HTTP response");
        return make_warning(path_, 0, "skipped " + std::to_string(total) + " of " + std::to_string(responses_) +
                                          " response records (" + why + ")");
    }

    std::unique_ptr<ByteStream> stream_;
    std::string path_;
    Input in_;
    bool done_ = false;
    bool summarised_ = false;
    bool lost_sync_ = false;
    std::size_t record_line_ = 0;
    std::size_t responses_ = 0;
    std::map<int, std::size_t> skipped_status_;
    std::size_t skipped_type_ = 0, skipped_encoding_ = 0, skipped_other_ = 0;
};

}  // namespace

bool decode_chunked(std::string_view body, std::string& out) {
    std::size_t pos = 0;
    for (;;) {
        std::size_t eol = body.find('\n', pos);
        if (eol == std::string_view::npos) return false;
        std::string size_line(strutil::trim(body.substr(pos, eol - pos)));
        char* end = nullptr;
        unsigned long long size = std::strtoull(size_line.c_str(), &end, 16);
        if (end == size_line.c_str()) return false;  // no hex digits
        pos = eol + 1;
        if (size == 0) return true;  // trailers, if any, are not needed
        if (size > body.size() - pos) {
            out.append(body.substr(pos));
            return false;
        }
        out.append(body.substr(pos, size));
        pos += size;
        if (body.substr(pos, 2) == "\r\n") pos += 2;
        else if (body.substr(pos, 1) == "\n") pos += 1;
    }
}

std::unique_ptr<Reader> make_warc_reader(std::unique_ptr<ByteStream> stream, std::string path) {
    return std::make_unique<WarcReader>(std::move(stream), std::move(path));
}

}  // namespace newsarc
