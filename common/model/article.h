// The article model: RawArticle (what a source said) and Article (the cleaned record that is indexed,
// stored, printed by `clean` and written by `export`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/base/diagnostic.h"
#include "common/text/timestamp.h"

namespace newsarc {

// Boolean facets a format supplies (Reuters' topics and places), keyed by schema field name.
using TagMap = std::map<std::string, std::vector<std::string>>;

// Fields the schema does not know, kept verbatim: name -> the value as JSON text.
using ExtraFields = std::vector<std::pair<std::string, std::string>>;

// What the source said, untouched except for decoding to UTF-8. Readers produce these.
struct RawArticle {
    std::string format;             // "text", "jsonl", "reuters-sgml"
    std::string source_path;        // as given by the user, "-" for standard input
    std::size_t source_line = 1;    // first line of the article in its file
    std::string id;                 // the format's own id (Reuters NEWID, a JSON "id"), else empty
    std::string title;
    std::vector<std::string> bylines;  // author strings as written ("TOVAH LAZAROFF", "By X, Reuters")
    std::vector<std::string> dates;    // date strings, best first ("SEPTEMBER 1, 2024 14:50", "20240901")
    std::string url;
    std::string section;            // when the format names one; else derived from the URL
    // The language the source states (JSON "language"/"lang", HTML lang, og:locale, ...) as
    // written: "de-1996", "pt_BR", "English". Empty when it says nothing; the cleaner detects it then.
    std::string language;
    std::vector<std::string> body_lines;  // body as the source split it into lines
    TagMap tags;
    ExtraFields extra;
    std::vector<Diagnostic> warnings;     // problems the reader repaired (invalid UTF-8...)
    // A record of newsarc's own export (JSON with content_hash and cleaner_version): the article as
    // it was cleaned and indexed, restored as it is rather than cleaned again.
    std::string restored_json;
};

// The cleaned article: what is indexed and stored.
struct Article {
    std::string id;
    std::string title;
    std::vector<std::string> authors;    // display names, "Tovah Lazaroff"
    std::optional<Timestamp> published;
    std::string url;
    std::string site;                    // host without "www."
    std::string section;
    // ISO 639-1 code where one exists ("de"), else ISO 639-3 ("ceb"); "und" when unknown. Decides
    // how the article's words are analysed (common/index/analysis.h). Empty only in a record stored
    // before articles had languages (schema 3), whose words were analysed as English.
    std::string language = "und";
    std::vector<std::string> paragraphs; // each paragraph once, in order
    TagMap tags;
    ExtraFields extra;
    std::string source;                  // file:line
    std::string format;
    std::string content_hash;            // 16 hex digits over the cleaned content
    int cleaner_version = 0;
    // Hash of the raw article and of what cleaned it (source_fingerprint in cleaner.h): an unchanged
    // source is recognised before cleaning. Indexed as a term, not part of the JSON.
    std::string source_fingerprint;
    // Where the article was read from, recorded as its provenance (XFILE, kSlotSource): the absolute
    // path of its file (empty for standard input) and its first line there. Set by the indexer, not
    // part of the JSON (whose `source` is the path as the user gave it).
    std::string source_file;
    std::size_t source_line = 0;

    // Paragraphs joined by one blank line, as `body` in JSON.
    std::string body() const;
};

}  // namespace newsarc
