// The reader for the scraper's one-article text files (title, byline, dates, URL, body).
#include <algorithm>
#include <string_view>
#include <vector>

#include "common/io/line_reader.h"
#include "common/readers/formats.h"
#include "common/text/utf8.h"

namespace newsarc {

namespace {

constexpr std::size_t kHeaderLines = 5;

bool is_blank(std::string_view s) {
    return s.find_first_not_of(" \t\f\v") == std::string_view::npos;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

bool is_http_url(std::string_view s) {
    std::size_t skip = starts_with_nocase(s, "https://") ? 8 : starts_with_nocase(s, "http://") ? 7 : 0;
    return skip > 0 && s.size() > skip && s.find_first_of(" \t") == std::string_view::npos;
}

// Shortens text quoted in a message, on a UTF-8 character boundary.
std::string quote_excerpt(std::string_view s, std::size_t max = 60) {
    if (s.size() <= max) return std::string(s);
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";  // "…"
}

class TextReader : public Reader {
public:
    TextReader(std::unique_ptr<ByteStream> stream, std::string path)
        : stream_(std::move(stream)), path_(std::move(path)) {}

    std::optional<ReadItem> next() override {
        if (done_) return std::nullopt;
        done_ = true;
        try {
            return read_article();
        } catch (const InputError& e) {
            // A broken stream (truncated .zst) loses the whole article: it may be cut anywhere.
            return make_error(path_, e.line(), e.what());
        }
    }

private:
    ReadItem read_article() {
        LineReader lines(*stream_);
        std::vector<std::string> all;
        std::vector<Diagnostic> warnings;
        std::string line;
        while (lines.next(line)) {
            if (lines.overlong()) {
                return make_error(path_, lines.line_number(), overlong_line_reason(lines.length()));
            }
            if (all.empty() && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // BOM
            if (std::size_t bad = repair_utf8(line)) {
                warnings.push_back(make_warning(path_, lines.line_number(),
                                                "invalid UTF-8 repaired (" + std::to_string(bad) + " bytes)"));
            }
            if (std::size_t nuls = remove_nul_bytes(line)) {
                warnings.push_back(make_warning(path_, lines.line_number(),
                                                std::to_string(nuls) + " NUL bytes removed"));
            }
            all.push_back(std::move(line));
        }
        if (all.empty()) return make_error(path_, 0, "empty file");
        if (all.size() <= kHeaderLines) {
            return make_error(path_, all.size() + 1,
                              "missing header lines: expected title, byline, display date, YYYYMMDD date "
                              "and URL before the body");
        }
        if (!is_http_url(all[4])) {
            return make_error(path_, 5, "expected the article URL on line 5, found \"" + quote_excerpt(all[4]) + "\"");
        }
        // A scrape that kept the header but lost the text is not an article.
        if (std::all_of(all.begin() + kHeaderLines, all.end(), [](const std::string& l) { return is_blank(l); })) {
            return make_error(path_, kHeaderLines + 1, "empty body: no text after the five header lines");
        }

        RawArticle a;
        a.format = "text";
        a.source_path = path_;
        a.source_line = 1;
        a.title = std::move(all[0]);
        if (!is_blank(all[1])) a.bylines.push_back(std::move(all[1]));
        if (!is_blank(all[2])) a.dates.push_back(std::move(all[2]));
        if (!is_blank(all[3])) a.dates.push_back(std::move(all[3]));
        a.url = std::move(all[4]);
        a.body_lines.assign(std::make_move_iterator(all.begin() + kHeaderLines),
                            std::make_move_iterator(all.end()));
        a.warnings = std::move(warnings);
        return a;
    }

    std::unique_ptr<ByteStream> stream_;
    std::string path_;
    bool done_ = false;
};

}  // namespace

std::unique_ptr<Reader> make_text_reader(std::unique_ptr<ByteStream> stream, std::string path) {
    return std::make_unique<TextReader>(std::move(stream), std::move(path));
}

}  // namespace newsarc
