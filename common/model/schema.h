// The index schema: every term prefix and value slot, defined once (omega's values.h, notmuch's
// prefix table). The DocumentBuilder and both programs' QueryParser setup read this table.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>


namespace newsarc::schema {

// Term prefixes, following Xapian's conventions where one exists.
inline constexpr std::string_view kUniqueId = "Q";        // Q<id>, one per document
inline constexpr std::string_view kTitle = "S";           // title words (free text, positions)
inline constexpr std::string_view kAuthorWords = "A";     // author name words (free text)
inline constexpr std::string_view kAuthorExact = "XA";    // XA<normalised full name>, boolean
inline constexpr std::string_view kDay = "D";             // D20240901
inline constexpr std::string_view kMonth = "M";           // M202409
inline constexpr std::string_view kYear = "Y";            // Y2024
inline constexpr std::string_view kSite = "H";            // Hjpost.com
inline constexpr std::string_view kSection = "XSECTION";  // XSECTIONbreaking-news
inline constexpr std::string_view kTopic = "XTOPIC";      // XTOPICcoffee (Reuters topics)
inline constexpr std::string_view kPlace = "XPLACE";      // XPLACEbrazil (Reuters places)
inline constexpr std::string_view kLanguage = "L";        // Lde, Lzh, Lund (omega's prefix)
inline constexpr std::string_view kFormat = "XFORMAT";    // XFORMATreuters-sgml
inline constexpr std::string_view kUrl = "XURL";          // XURL<hash of the canonical URL>
inline constexpr std::string_view kSource = "XSRC";       // XSRC<source fingerprint>: unchanged sources
// XFILE<absolute path of the source file>: which documents a file (or, by prefix, a folder) gave,
// for `sync` and `reindex`. Not for standard input. A path too long for a term keeps its first
// kSourceFileKeep bytes and a hash of the whole (source_file_term), so a folder's prefix still
// finds it; kSlotSource holds the full path.
inline constexpr std::string_view kSourceFile = "XFILE";
inline constexpr std::size_t kSourceFileKeep = 200;

// Value slots.
enum Slot : unsigned {  // Xapian::valueno
    kSlotDate = 0,         // "YYYYMMDDHHMMSS", sortable and range-filterable; absent when unknown
    kSlotContentHash = 1,  // 16 hex digits: "unchanged" on re-add
    kSlotCleanerVersion = 2,
    // Facet slots: display values, several joined by kValueSeparator, counted by match spies.
    kSlotSite = 3,
    kSlotSection = 4,
    kSlotAuthors = 5,
    kSlotTopics = 6,
    kSlotPlaces = 7,
    kSlotSimilarity = 8,  // near-duplicate key (common/text/similarity.h), Xapian's collapse key
    kSlotSource = 9,      // "<absolute path>:<line>" the article came from; absent for standard input
    kSlotSchemaVersion = 10,  // kSchemaVersion the document was built by; absent (older) before 2
    // The stored article (record_codec.h), from schema 3. In a value rather than the document data:
    // glass deflates every docdata entry, and our zstd records never shrink, so the attempt was 11%
    // of the CPU of a build (100,000 generated articles: 48.8 s against 43.5 s; Reuters 4.3 against
    // 3.4 s). Earlier documents keep it in the data (store/database.h: stored_record reads both).
    kSlotRecord = 11,
    kSlotLanguage = 12,  // Article::language, for `--facets language`
};

// Separates several values in one facet slot (authors, topics); never appears in cleaned text.
inline constexpr char kValueSeparator = '\x1f';

// Tags a format supplies (RawArticle::tags keys), their boolean prefixes and facet slots. In JSON a
// tag list is named in the plural ("topics").
struct TagField {
    std::string_view tag;
    std::string_view prefix;
    Slot slot;
};
inline constexpr std::array kTags{TagField{"topic", kTopic, kSlotTopics}, TagField{"place", kPlace, kSlotPlaces}};

// Facets `--facets` offers: a slot, and for dates how many characters of the key make the period.
struct FacetField {
    std::string_view name;
    Slot slot;
    std::size_t date_prefix;  // 0 for plain values; 4, 6, 8 for year, month, day of kSlotDate
};
inline constexpr std::array kFacets{
    FacetField{"author", kSlotAuthors, 0}, FacetField{"site", kSlotSite, 0},
    FacetField{"section", kSlotSection, 0}, FacetField{"topic", kSlotTopics, 0},
    FacetField{"place", kSlotPlaces, 0},   FacetField{"language", kSlotLanguage, 0},
    FacetField{"year", kSlotDate, 4},
    FacetField{"month", kSlotDate, 6},     FacetField{"day", kSlotDate, 8},
};

// How a query-language field maps onto prefixes. Free-text fields take words (stemmed, phrases);
// boolean fields take exact values, and several values of one field OR together.
struct Field {
    std::string_view name;    // as typed: "author"
    std::string_view prefix;
    bool boolean;
};

inline constexpr std::array kFields{
    Field{"title", kTitle, false},
    Field{"author", kAuthorWords, false},
    Field{"site", kSite, true},
    Field{"section", kSection, true},
    Field{"topic", kTopic, true},
    Field{"place", kPlace, true},
    Field{"lang", kLanguage, true},
    Field{"id", kUniqueId, true},
    Field{"url", kUrl, true},
};

// Metadata keys stored in the database.
inline constexpr std::string_view kMetaSchemaVersion = "newsarc.schema_version";
// "1" or "0": whether body words are indexed with positions (IndexSettings); absent means "1".
inline constexpr std::string_view kMetaBodyPositions = "newsarc.body_positions";
// The zstd dictionaries of stored records (RecordCodec): kMetaDictionary + its number, and the
// number of the one new records use.
inline constexpr std::string_view kMetaDictionary = "newsarc.zstd_dict.";
inline constexpr std::string_view kMetaCurrentDictionary = "newsarc.zstd_dict.current";
// Boilerplate learned per site (BoilerplateLearner): kMetaBoilerplate + site.
inline constexpr std::string_view kMetaBoilerplate = "newsarc.boilerplate.";

// Documents a writer changes between two commits (add, sync, reindex, remove). An interruption
// loses at most this many per writer, and the database always opens at its last commit; it also
// bounds Xapian's in-memory buffer of pending changes. Measured on all of Reuters (fresh build, 2
// shards, body positions, jemalloc): 400 takes 4.23 s and 89 MB against 4.40 s and 106 MB at
// 1,000; into an existing archive both take 6.7 s. Earlier, 5,000 took 5.7 s and 10,000 10.5 s,
// with 190-365 MB.
inline constexpr std::size_t kCommitEvery = 400;
// 2: documents record their provenance (XFILE, kSlotSource) and kSlotSchemaVersion. A database
// keeps the version it was created with until `reindex` has brought every document up to date.
// 3: the stored article moved from the document data to kSlotRecord.
// 4: each article is analysed in its own language (L term, kSlotLanguage, its stemmer and folding,
// CJK n-grams); earlier documents were all analysed as English and need re-indexing.
inline constexpr int kSchemaVersion = 4;
// Documents of this schema and later need no re-indexing: they differ from the current one only in
// what every reader handles (schema 2: the record in the document data). An archive of such a
// schema is written to as it is, and marked kSchemaVersion then, so that an older newsarc, which
// would not find the new records, refuses it.
inline constexpr int kOldestCurrentSchema = 4;

// Position gap after the title and each paragraph, so that no phrase spans two of them.
inline constexpr unsigned kParagraphGap = 10;  // Xapian::termpos

// Weight of title words in the unprefixed (body) space: title matches rank above body matches.
inline constexpr unsigned kTitleWdfInc = 3;  // Xapian::termcount

}  // namespace newsarc::schema
