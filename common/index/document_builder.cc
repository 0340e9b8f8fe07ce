// Terms, positions and values of an article, as the schema defines them.
#include "common/index/document_builder.h"
#include "common/index/cjk.h"
#include "common/index/url_term.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "common/model/article_json.h"
#include "common/clean/byline.h"
#include "common/base/diagnostic.h"
#include "common/lang/codes.h"
#include "common/index/stemming.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/store/record_codec.h"
#include "common/text/fold.h"
#include "common/text/hash.h"
#include "common/text/similarity.h"
#include "common/text/strutil.h"

namespace newsarc {
namespace {

// Xapian rejects terms over 245 bytes; boolean values that long are not worth filtering on.
constexpr std::size_t kMaxTermBytes = 240;

void add_boolean(Xapian::Document& doc, std::string_view prefix, const std::string& value) {
    if (value.empty()) return;
    std::string term(prefix);
    // A prefix of capitals followed by a value starting with a capital would be ambiguous (Xapian's
    // convention): separate them with a colon.
    if (prefix.size() > 1 && std::isupper(static_cast<unsigned char>(value[0]))) term += ':';
    term += value;
    if (term.size() <= kMaxTermBytes) doc.add_boolean_term(term);
}

bool long_words(std::string_view language) {
    static constexpr std::string_view kLanguages[] = {"as", "bn", "bo", "dz", "gu", "hi", "km", "kn", "lo", "ml", "mr",
                                                      "my", "ne", "or", "pa", "si", "ta", "te", "th", "am", "ti", "ka"};
    for (auto l : kLanguages)
        if (l == language) return true;
    return false;
}

// Facet values are stored for display ("Tovah Lazaroff", not the folded key).
void add_facet(Xapian::Document& doc, Xapian::valueno slot, const std::vector<std::string>& values) {
    std::string joined;
    for (const auto& v : values) {
        if (v.empty()) continue;
        if (!joined.empty()) joined += schema::kValueSeparator;
        joined += v;
    }
    if (!joined.empty()) doc.add_value(slot, joined);
}

// Where the article came from: its fingerprint, file and line (not for standard input).
void add_provenance(Xapian::Document& doc, const Article& a) {
    if (!a.source_fingerprint.empty()) doc.add_boolean_term(std::string(schema::kSource) + a.source_fingerprint);
    if (!a.source_file.empty()) {
        doc.add_boolean_term(DocumentBuilder::source_file_term(a.source_file));
        doc.add_value(schema::kSlotSource, DocumentBuilder::source_value(a));
    }
}

}  // namespace

std::string DocumentBuilder::source_file_term(const std::string& path) {
    std::string term = std::string(schema::kSourceFile) + path;
    if (term.size() <= kMaxTermBytes) return term;
    return std::string(schema::kSourceFile) + path.substr(0, schema::kSourceFileKeep) + "#" + hash_hex(path);
}

std::string DocumentBuilder::source_scan_prefix(const std::string& path) {
    return std::string(schema::kSourceFile) + path.substr(0, schema::kSourceFileKeep);
}

std::string DocumentBuilder::source_value(const Article& a) { return source_value(a.source_file, a.source_line); }

std::string DocumentBuilder::source_value(const std::string& file, std::size_t line) {
    if (file.empty()) return {};
    return file + ":" + std::to_string(line);
}

std::pair<std::string, std::size_t> DocumentBuilder::parse_source_value(const std::string& value) {
    auto colon = value.rfind(':');
    if (colon == std::string::npos) return {value, 0};
    return {value.substr(0, colon), std::strtoull(value.c_str() + colon + 1, nullptr, 10)};
}

bool DocumentBuilder::schema_is_current(const Xapian::Document& doc) {
    // Decimal; absent (before schema 2) reads as 0.
    return std::atoi(doc.get_value(schema::kSlotSchemaVersion).c_str()) >= schema::kOldestCurrentSchema;
}

std::string DocumentBuilder::stored_id(const Xapian::Document& doc) {
    auto it = doc.termlist_begin();
    it.skip_to(std::string(schema::kUniqueId));
    if (it == doc.termlist_end() || (*it).rfind(schema::kUniqueId, 0) != 0) return {};
    return (*it).substr(schema::kUniqueId.size());
}

DocumentBuilder::Match DocumentBuilder::compare(const Xapian::Document& stored, const Article& a) {
    if (stored.get_value(schema::kSlotContentHash) != a.content_hash ||
        stored.get_value(schema::kSlotCleanerVersion) != std::to_string(a.cleaner_version) ||
        !schema_is_current(stored))
        return Match::changed;
    return stored.get_value(schema::kSlotSource) == source_value(a) ? Match::same : Match::moved;
}

void DocumentBuilder::relocate(Xapian::Document& doc, const Article& a) const {
    std::string was = parse_source_value(doc.get_value(schema::kSlotSource)).first;
    // Another file: the XSRC and XFILE terms change too. Any change of terms costs Xapian about
    // what a new document does, so lines that only moved within their file (lines above them
    // deleted) keep their terms: the fingerprint does not hold the line.
    if (was != a.source_file) {
        std::vector<std::string> old_terms;
        for (std::string_view prefix : {schema::kSource, schema::kSourceFile}) {
            auto it = doc.termlist_begin();
            for (it.skip_to(std::string(prefix)); it != doc.termlist_end() && (*it).rfind(prefix, 0) == 0; ++it)
                old_terms.push_back(*it);
        }
        for (const auto& term : old_terms) doc.remove_term(term);
        if (!doc.get_value(schema::kSlotSource).empty()) doc.remove_value(schema::kSlotSource);
        add_provenance(doc, a);
    } else {
        doc.add_value(schema::kSlotSource, source_value(a));
    }
    Article stored = load_article(doc, codec_);
    stored.source = a.source;
    set_stored_record(doc, codec_.encode(article_to_json(stored)));
}

DocumentBuilder::DocumentBuilder(const RecordCodec& codec, IndexSettings settings)
    : codec_(codec), settings_(settings) {
    generator_.set_stemming_strategy(schema::kTermStemming);
}

void DocumentBuilder::index_words(Xapian::Document& doc, const std::string& text, Xapian::termcount wdf,
                                  const std::string& prefix, bool positions) {
    auto words = [&](std::string_view part) {
        Xapian::Utf8Iterator it(part.data(), part.size());
        if (positions) generator_.index_text(it, wdf, prefix);
        else generator_.index_text_without_positions(it, wdf, prefix);
    };
    if (!may_contain_cjk(text)) {
        words(text);
        return;
    }
    // Runs of Chinese, Japanese and Korean characters, in whatever language the article is, as
    // the query parser looks for them (cjk.h): each character, positioned, as a stemmed term for
    // phrases; each character and each pair as a plain term for words.
    std::string stemmed = std::string("Z").append(prefix);
    for (const TextSegment& segment : cjk_segments(text)) {
        if (!segment.cjk) {
            words(segment.text);
            continue;
        }
        std::vector<std::string_view> chars = cjk_characters(segment.text);
        Xapian::termpos pos = generator_.get_termpos();
        for (std::size_t i = 0; i < chars.size(); ++i) {
            std::string one = std::string(prefix).append(chars[i]);
            if (positions) doc.add_posting(std::string(stemmed).append(chars[i]), ++pos, wdf);
            else doc.add_term(std::string(stemmed).append(chars[i]), wdf);
            doc.add_term(one, wdf);
            if (i + 1 < chars.size()) doc.add_term(one.append(chars[i + 1]), wdf);
        }
        generator_.set_termpos(pos);
    }
}

std::string DocumentBuilder::id_term(const std::string& id) {
    return std::string(schema::kUniqueId) + id;
}

void DocumentBuilder::validate(const Article& a) {
    if (a.id.empty()) throw InputError(0, "article has no id");
    if (id_term(a.id).size() > kMaxTermBytes)
        throw InputError(0, "article id is longer than " + std::to_string(kMaxTermBytes - 1) + " bytes");
}

Xapian::Document DocumentBuilder::build(const Article& a) {
    validate(a);

    Xapian::Document doc;
    generator_.set_document(doc);
    // The words of the title and the text in the article's language: its stemmer and its folding.
    const std::string language = a.language.empty() ? std::string(lang::kUnknown) : a.language;
    generator_.set_stemmer(stemmers_(language));
    // Xapian skips words over 64 bytes: in the Indic and South-East Asian scripts (3 bytes a
    // letter, long compounds) that is a 22-letter word, which Tamil has by the dozen.
    generator_.set_max_word_length(long_words(language) ? 192 : 64);

    // Everything indexed is accent-folded, as every query is (QueryBuilder), so José finds Jose.
    // Body positions are half the index and much of its build time; an archive made with
    // IndexSettings::body_positions off keeps positions for title and author words only, and its
    // body phrases are checked on the stored text (common/search/phrase_check).
    // Title: its own prefix for title: searches, and weighted into the general space.
    std::string title = analysis_text(a.title, language);
    index_words(doc, title, 1, std::string(schema::kTitle), true);
    generator_.increase_termpos(schema::kParagraphGap);
    index_words(doc, title, schema::kTitleWdfInc, "", settings_.body_positions);
    generator_.increase_termpos(schema::kParagraphGap);

    // Names are in no language: analysed alike in every article, as English (QueryBuilder's
    // --author), and as they were before articles had languages.
    generator_.set_stemmer(stemmers_("en"));
    for (const auto& author : a.authors) {
        std::string folded = fold_for_search(author);
        index_words(doc, folded, 1, std::string(schema::kAuthorWords), true);
        generator_.increase_termpos();
        add_boolean(doc, schema::kAuthorExact, normalise_author_key(folded));
    }
    generator_.set_stemmer(stemmers_(language));

    for (const auto& paragraph : a.paragraphs) {
        index_words(doc, analysis_text(paragraph, language), 1, "", settings_.body_positions);
        if (settings_.body_positions) generator_.increase_termpos(schema::kParagraphGap);
    }

    doc.add_boolean_term(id_term(a.id));
    if (a.published) {
        const Timestamp& t = *a.published;
        std::string day = t.yyyymmdd();
        add_boolean(doc, schema::kDay, day);
        add_boolean(doc, schema::kMonth, day.substr(0, 6));
        add_boolean(doc, schema::kYear, day.substr(0, 4));
        doc.add_value(schema::kSlotDate, t.sort_key());
    }
    add_boolean(doc, schema::kSite, strutil::to_lower(a.site));
    add_boolean(doc, schema::kSection, strutil::to_lower(a.section));
    add_boolean(doc, schema::kFormat, a.format);
    add_boolean(doc, schema::kLanguage, language);
    doc.add_value(schema::kSlotLanguage, language);
    if (std::string term = url_term(a.url); !term.empty()) doc.add_boolean_term(term);
    add_provenance(doc, a);
    for (const auto& field : schema::kTags) {
        auto it = a.tags.find(std::string(field.tag));
        if (it == a.tags.end()) continue;
        for (const auto& value : it->second) add_boolean(doc, field.prefix, strutil::to_lower(value));
        add_facet(doc, field.slot, it->second);
    }
    add_facet(doc, schema::kSlotSite, {a.site});
    add_facet(doc, schema::kSlotSection, {a.section});
    add_facet(doc, schema::kSlotAuthors, a.authors);
    if (std::string key = similarity_key(a.title, a.paragraphs); !key.empty()) doc.add_value(schema::kSlotSimilarity, key);

    doc.add_value(schema::kSlotContentHash, a.content_hash);
    doc.add_value(schema::kSlotCleanerVersion, std::to_string(a.cleaner_version));
    doc.add_value(schema::kSlotSchemaVersion, std::to_string(schema::kSchemaVersion));
    set_stored_record(doc, codec_.encode(article_to_json(a)));
    return doc;
}

}  // namespace newsarc
