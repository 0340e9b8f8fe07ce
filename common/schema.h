// The index schema: every term prefix and value slot, defined once (omega's values.h, notmuch's
// prefix table). The DocumentBuilder and both programs' QueryParser setup read this table.
#pragma once

#include <array>
#include <string_view>

#include <xapian.h>

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
inline constexpr std::string_view kFormat = "XFORMAT";    // XFORMATreuters-sgml

// Tags a format supplies (RawArticle::tags keys) and their boolean prefixes. In JSON a tag list is
// named in the plural ("topics").
struct TagField {
    std::string_view tag;
    std::string_view prefix;
};
inline constexpr std::array kTags{TagField{"topic", kTopic}, TagField{"place", kPlace}};

// Value slots.
enum Slot : Xapian::valueno {
    kSlotDate = 0,         // "YYYYMMDDHHMMSS", sortable and range-filterable; absent when unknown
    kSlotContentHash = 1,  // 16 hex digits: "unchanged" on re-add
    kSlotCleanerVersion = 2,
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
    Field{"id", kUniqueId, true},
};

// Metadata keys stored in the database.
inline constexpr std::string_view kMetaSchemaVersion = "newsarc.schema_version";
inline constexpr int kSchemaVersion = 1;

// Weight of title words in the unprefixed (body) space: title matches rank above body matches.
inline constexpr Xapian::termcount kTitleWdfInc = 3;

}  // namespace newsarc::schema
