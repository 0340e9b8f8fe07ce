// Fuzz target: clean_article on a RawArticle built from the fuzz input, then the JSON round trip.
// The input is lines; a line's first byte says which field it feeds (so seeds stay readable):
//   F format (text, jsonl, reuters-sgml, other)  T title  B byline  D date  U url  S section
//   I id  G tag "key=value"  P a user boilerplate pattern  L learned site boilerplate
//   R an exported article's JSON (restored as the archive held it)  anything else: a body line
// Readers hand the cleaner valid UTF-8 only, so fields are repaired first, as the readers do.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/model/article_json.h"
#include "common/clean/cleaner.h"
#include "common/text/url.h"
#include "common/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace newsarc;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    RawArticle raw;
    raw.format = "text";
    raw.source_path = "fuzz.txt";
    CleanOptions options;
    std::size_t start = 0;
    while (start <= in.size()) {
        std::size_t nl = in.find('\n', start);
        std::string line(in.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
        start = nl == std::string_view::npos ? in.size() + 1 : nl + 1;
        repair_utf8(line);
        char kind = line.empty() ? ' ' : line[0];
        std::string value = line.empty() ? line : line.substr(1);
        switch (kind) {
            case 'F': raw.format = value.starts_with("r") ? "reuters-sgml" : value.starts_with("j") ? "jsonl" : value; break;
            case 'T': raw.title += value; break;
            case 'B': raw.bylines.push_back(value); break;
            case 'D': raw.dates.push_back(value); break;
            case 'U': raw.url = value; break;
            case 'S': raw.section = value; break;
            case 'I': raw.id = value; break;
            case 'G': {
                std::size_t eq = value.find('=');
                if (eq != std::string::npos) raw.tags[value.substr(0, eq)].push_back(value.substr(eq + 1));
                break;
            }
            case 'P': options.boilerplate.push_back(value); break;
            case 'L': options.site_boilerplate[site_of(raw.url)].push_back(value); break;
            case 'R': raw.restored_json = value; break;
            default: raw.body_lines.push_back(line); break;
        }
    }
    try {
        CleanResult result = clean_article(raw, options);
        std::string json = article_to_json(result.article);
        Article back = article_from_json(json);
        // The serialiser's promise: what it writes, it reads back the same.
        if (back.id != result.article.id || back.title != result.article.title ||
            back.paragraphs != result.article.paragraphs || back.authors != result.article.authors) {
            std::abort();
        }
    } catch (const InputError&) {
        // No title and no text: a rejection, which is allowed.
    }
    return 0;
}
