// QueryParser configuration from the schema, date ranges and filter options.
#include "common/querylang/query_builder.h"

#include <algorithm>
#include <regex>

#include "common/base/diagnostic.h"
#include "common/index/analysis.h"
#include "common/index/url_term.h"
#include "common/index/stemming.h"
#include "common/lang/codes.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/text/fold.h"
#include "common/text/strutil.h"
#include "common/querylang/date_spec.h"

namespace newsarc {
namespace {

// Terms at most in a date range's cover; a wider range (over centuries, say) is matched on the
// date value instead.
constexpr std::size_t kMaxDateCoverTerms = 128;

// date:A..B with either end open, at year, month or day granularity, or relative (7d..).
//
// A range is matched as the OR of the year, month and day terms that cover it exactly (2013..2018
// is six year terms): boolean postings let the matcher skip through them, where a value range has
// to read the date of every candidate (on 100,000 generated articles, word + year-range queries:
// p50 0.81 against 2.1 ms, p95 1.6 against 3.4 ms). An open end stops at the archive's first or
// last date (Xapian's value bounds, which may be wider than the dates left, never narrower).
class DateRangeProcessor : public Xapian::RangeProcessor {
public:
    DateRangeProcessor(Xapian::Database db, Timestamp today)
        : Xapian::RangeProcessor(schema::kSlotDate, "date:"), db_(std::move(db)), today_(today) {}

    Xapian::Query operator()(const std::string& begin, const std::string& end) override {
        std::string lo = begin.empty() ? "" : date_bound(begin, false, today_);
        std::string hi = end.empty() ? "" : date_bound(end, true, today_);
        std::string first = lo.empty() ? db_.get_value_lower_bound(schema::kSlotDate) : lo;
        std::string last = hi.empty() ? db_.get_value_upper_bound(schema::kSlotDate) : hi;
        if (first.empty() || last.empty()) return Xapian::Query::MatchNothing;  // no article has a date
        if (first.substr(0, 8) > last.substr(0, 8)) return Xapian::Query::MatchNothing;
        std::vector<std::string> terms = date_cover_terms(first, last, kMaxDateCoverTerms);
        if (!terms.empty())  // a filter: the terms select, they do not weigh
            return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                 Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()), 0);
        if (lo.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, hi);
        if (hi.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, lo);
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, lo, hi);
    }

private:
    Xapian::Database db_;
    Timestamp today_;
};

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PHRASE |
                                 Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PURE_NOT |
                                 Xapian::QueryParser::FLAG_CJK_NGRAM;

}  // namespace

std::string route_wildcards(const std::string& text) {
    // A word* outside quotes, optionally after a field name: "hostag*", "author:lazar*".
    static const std::regex wildcard(R"re((^|[\s(+\-])(?:([A-Za-z]+):)?([^\s"():*+\-][^\s"():*]*\*)(?=$|[\s)]))re");
    std::string out;
    std::size_t quotes = 0, last = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), wildcard); it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        std::size_t at = static_cast<std::size_t>(m.position(0));
        quotes += static_cast<std::size_t>(std::count(text.begin() + last, text.begin() + at, '"'));
        out.append(text, last, at - last);
        last = at + m.length(0);
        std::string field = m[2].str();
        bool free_text = field.empty() || std::any_of(schema::kFields.begin(), schema::kFields.end(), [&](const auto& f) {
                             return !f.boolean && f.name == field;
                         });
        if (quotes % 2 == 1 || !free_text) {
            out += m.str(0);
            continue;
        }
        out.append(m[1].first, m[1].second);
        out.append(kStemmedFieldPrefix);
        out.append(field);
        out.push_back(':');
        out.append(m[3].first, m[3].second);
    }
    out.append(text, last, std::string::npos);
    return out;
}

namespace {

// url:… finds the article under any spelling of its URL.
class UrlField : public Xapian::FieldProcessor {
public:
    Xapian::Query operator()(const std::string& text) override {
        std::string term = url_term(text);
        return term.empty() ? Xapian::Query::MatchNothing : Xapian::Query(term);
    }
};

// site:… is a host as the index keeps it: lower case, without "www.".
class SiteField : public Xapian::FieldProcessor {
public:
    Xapian::Query operator()(const std::string& text) override { return Xapian::Query(site_term(text)); }
};

// lang:… is a language code or name as sources state them ("de", "deu", "German").
class LanguageField : public Xapian::FieldProcessor {
public:
    Xapian::Query operator()(const std::string& text) override {
        return Xapian::Query(std::string(schema::kLanguage).append(language_option(text)));
    }
};

// Wildcards are not stemmed, and expand over stems that are folded: their text is folded as well.
std::string fold_wildcards(const std::string& text, const std::string& language) {
    static const std::regex wildcard(std::string(kStemmedFieldPrefix) + R"re([a-z]*:[^\s()"]*\*)re");
    std::string out;
    std::size_t last = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), wildcard); it != std::sregex_iterator(); ++it) {
        out.append(text, last, static_cast<std::size_t>(it->position(0)) - last);
        out += fold_for_language(it->str(0), language);
        last = static_cast<std::size_t>(it->position(0) + it->length(0));
    }
    out.append(text, last, std::string::npos);
    return out;
}

}  // namespace

std::string language_option(const std::string& typed) {
    std::string code = strutil::to_lower(typed) == lang::kUnknown ? std::string(lang::kUnknown) : lang::normalise_code(typed);
    if (code.empty()) throw UsageError("not a language: '" + typed + "' (give an ISO 639 code such as de, or a name such as German)");
    return code;
}

std::vector<std::pair<std::string, Xapian::doccount>> archive_languages(const Xapian::Database& db) {
    std::vector<std::pair<std::string, Xapian::doccount>> out = language_counts(db);
    Xapian::doccount with_language = 0;
    for (const auto& [code, count] : out) with_language += count;
    if (Xapian::doccount older = db.get_doccount() - std::min(with_language, db.get_doccount())) {
        auto en = std::find_if(out.begin(), out.end(), [](const auto& c) { return c.first == "en"; });
        if (en == out.end()) out.emplace_back("en", older);
        else en->second += older;
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> languages_in_query(const std::string& text) {
    static const std::regex filter(R"re((^|[\s(+])lang:([^\s()"]+))re");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), filter); it != std::sregex_iterator(); ++it) {
        std::size_t at = static_cast<std::size_t>(it->position(2));
        std::string before = text.substr(0, at - 5);  // without "lang:"
        std::size_t end = before.find_last_not_of(" \t(");
        if (end != std::string::npos && end >= 2 && before.compare(end - 2, 3, "NOT") == 0) continue;
        out.push_back(language_option((*it)[2].str()));
    }
    return out;
}

std::string describe_syntax_error(const std::string& text, const std::string& xapian_message) {
    // Xapian says which operator lacks an operand ("Syntax: <expression> OR <expression>"); the
    // user wants to see where it is.
    std::string message = "cannot parse query: " + xapian_message;
    static const std::regex operand(R"re(Syntax: (?:<expression> )?([A-Z_]+) <expression>)re");
    std::smatch m;
    if (!std::regex_search(xapian_message, m, operand)) return message + "\n  " + text;
    std::string op = m[1].str();
    std::size_t at = std::string::npos;
    for (std::size_t pos = text.find(op); pos != std::string::npos; pos = text.find(op, pos + 1)) {
        bool starts = pos == 0 || !std::isalnum(static_cast<unsigned char>(text[pos - 1]));
        bool ends = pos + op.size() == text.size() || !std::isalnum(static_cast<unsigned char>(text[pos + op.size()]));
        if (starts && ends) at = pos;  // the last one: operands are missing after it more often
    }
    if (at == std::string::npos) return message + "\n  " + text;
    return "cannot parse query at column " + std::to_string(at + 1) + ": " + op + " needs an expression on each side\n  " +
           text + "\n  " + std::string(at, ' ') + std::string(op.size(), '^');
}

std::string site_term(const std::string& host) {
    std::string h = strutil::to_lower(host);
    if (h.rfind("www.", 0) == 0) h.erase(0, 4);
    return std::string(schema::kSite) + h;
}

std::string expand_single_dates(const std::string& text) {
    static const std::regex single(R"re((^|[\s(])date:([^\s.()"]+)(?=$|[\s)]))re");
    return std::regex_replace(text, single, "$1date:$2..$2");
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Timestamp& today)
    : db_(db), today_(today) {
    parser_.set_database(db);
    parser_.set_stemming_strategy(schema::kQueryStemming);
    parser_.set_default_op(Xapian::Query::OP_AND);
    for (const auto& field : schema::kFields) {
        if (field.prefix == schema::kLanguage) {
            parser_.add_boolean_prefix(std::string(field.name), (new LanguageField)->release());
        } else if (field.prefix == schema::kUrl) {
            parser_.add_boolean_prefix(std::string(field.name), (new UrlField)->release());
        } else if (field.prefix == schema::kSite) {
            parser_.add_boolean_prefix(std::string(field.name), (new SiteField)->release());
        } else if (field.boolean) {
            parser_.add_boolean_prefix(std::string(field.name), std::string(field.prefix));
        } else {
            parser_.add_prefix(std::string(field.name), std::string(field.prefix));
            // Appended, not "Z" + std::string: GCC 12 warns falsely there
            // of an overlap (-Wrestrict).
            parser_.add_prefix(std::string(kStemmedFieldPrefix) + std::string(field.name),
                               std::string("Z").append(field.prefix));
        }
    }
    parser_.add_prefix(std::string(kStemmedFieldPrefix), "Z");
    parser_.add_rangeprocessor((new DateRangeProcessor(db_, today_))->release());  // the parser owns it
}

Xapian::Query QueryBuilder::date_filter(const std::string& since, const std::string& until) const {
    if (since.empty() && until.empty()) return Xapian::Query();
    DateRangeProcessor dates(db_, today_);
    return dates(since, until);
}

Xapian::Query QueryBuilder::parse_text(const std::string& text, const std::vector<std::string>& languages,
                                       const std::vector<std::pair<std::string, Xapian::doccount>>& counts) {
    std::string routed = route_wildcards(expand_single_dates(text));
    std::vector<QueryAnalysis> analyses = query_analyses(languages);
    // The analysis of most articles matches anything; every other one only its own languages'
    // articles. So an English article in an archive with a few articles in other languages scores
    // exactly as in an English archive, and the other parses cost little: their language filter
    // is rare, and Xapian's AND runs from its rarest part.
    std::size_t main = 0;
    Xapian::doccount most = 0;
    for (std::size_t i = 0; i < analyses.size(); ++i) {
        Xapian::doccount n = 0;
        for (const auto& [code, count] : counts)
            if (std::find(analyses[i].languages.begin(), analyses[i].languages.end(), code) != analyses[i].languages.end())
                n += count;
        if (n > most) {
            most = n;
            main = i;
        }
    }
    // Parses that come out alike (names, numbers, words stemmers leave alone) are made once, for
    // all their languages; one alike to the main parse is the main parse.
    struct Parse {
        std::string description;
        Xapian::Query query;
        std::vector<std::string> languages;  // empty: unfiltered
    };
    std::vector<Parse> parses;
    for (std::size_t k = 0; k < analyses.size(); ++k) {
        std::size_t i = k == 0 ? main : (k <= main ? k - 1 : k);  // the main analysis first
        const QueryAnalysis& analysis = analyses[i];
        parser_.set_stemmer(analysis_stemmer(analysis.fold_language));
        std::string text = analysis_text(routed, analysis.fold_language);
        if (!folds_before_stemming(analysis.fold_language)) text = fold_wildcards(text, analysis.fold_language);
        Xapian::Query query = parser_.parse_query(text, kParseFlags);
        std::string description = query.get_description();
        auto same = std::find_if(parses.begin(), parses.end(), [&](const Parse& p) { return p.description == description; });
        // Languages the user chose (no counts) are filtered alike: main is merely the first of them.
        bool filtered = i != main;
        if (same == parses.end()) {
            parses.push_back({std::move(description), std::move(query), filtered ? analysis.languages : std::vector<std::string>{}});
        } else if (!same->languages.empty()) {
            same->languages.insert(same->languages.end(), analysis.languages.begin(), analysis.languages.end());
        }
    }
    // Each parse matches only its own languages' articles, and the main one every other article,
    // so that every article is scored by exactly one parse: the OR of them then adds nothing to
    // anyone's weight. (OP_MAX would do without the exclusion, but Xapian 1.4 flattens an OR under
    // a MAX into the MAX, which scores "japan OR korea" as the better of the two words.)
    std::vector<Xapian::Query> queries, others;
    for (auto& parse : parses) {
        if (parse.languages.empty()) continue;
        std::vector<Xapian::Query> codes;
        for (const auto& code : parse.languages) codes.emplace_back(std::string(schema::kLanguage).append(code));
        Xapian::Query languages(Xapian::Query::OP_OR, codes.begin(), codes.end());
        others.push_back(languages);
        queries.emplace_back(Xapian::Query::OP_FILTER, parse.query, languages);
    }
    Xapian::Query main_query = parses.front().query;  // the main analysis came first
    if (!others.empty())
        main_query = Xapian::Query(Xapian::Query::OP_AND_NOT, main_query,
                                   Xapian::Query(Xapian::Query::OP_OR, others.begin(), others.end()));
    queries.insert(queries.begin(), main_query);
    if (queries.size() == 1) return queries.front();
    return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

Xapian::Query QueryBuilder::build(const QuerySpec& spec) {
    Xapian::Query query;
    bool has_text = spec.text.find_first_not_of(" \t") != std::string::npos;
    std::vector<std::string> chosen;
    for (const auto& typed : spec.languages) chosen.push_back(language_option(typed));
    if (has_text) {
        try {
            std::vector<std::string> languages = chosen;
            for (auto& code : languages_in_query(spec.text)) languages.push_back(std::move(code));
            std::vector<std::pair<std::string, Xapian::doccount>> counts;
            if (languages.empty()) {
                counts = archive_languages(db_);
                for (const auto& [code, count] : counts) languages.push_back(code);
            }
            if (languages.empty()) languages.push_back("en");  // an empty archive
            std::sort(languages.begin(), languages.end());
            languages.erase(std::unique(languages.begin(), languages.end()), languages.end());
            query = parse_text(spec.text, languages, counts);
        } catch (const Xapian::QueryParserError& e) {
            throw UsageError(describe_syntax_error(spec.text, e.get_msg()));
        }
    }

    std::vector<Xapian::Query> filters;
    if (!chosen.empty()) {
        std::vector<Xapian::Query> codes;
        for (const auto& code : chosen) codes.emplace_back(std::string(schema::kLanguage).append(code));
        filters.emplace_back(Xapian::Query::OP_OR, codes.begin(), codes.end());
    }
    if (!spec.authors.empty()) {
        // Names are analysed alike in every article (DocumentBuilder), as English.
        parser_.set_stemmer(analysis_stemmer("en"));
        std::vector<Xapian::Query> names;
        for (const auto& name : spec.authors)
            names.push_back(parser_.parse_query(fold_for_search(name), Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_CJK_NGRAM,
                                                std::string(schema::kAuthorWords)));
        filters.emplace_back(Xapian::Query::OP_OR, names.begin(), names.end());
    }
    if (!spec.sites.empty()) {
        std::vector<Xapian::Query> hosts;
        for (const auto& host : spec.sites) hosts.emplace_back(site_term(host));
        filters.emplace_back(Xapian::Query::OP_OR, hosts.begin(), hosts.end());
    }
    if (!spec.on.empty()) filters.push_back(date_filter(spec.on, spec.on));
    if (!spec.since.empty() || !spec.until.empty()) filters.push_back(date_filter(spec.since, spec.until));

    if (!has_text && filters.empty()) throw UsageError("give a query or a filter (--author, --site, --since, --until, --on, --lang)");
    if (!has_text) query = Xapian::Query::MatchAll;
    for (const auto& f : filters) query = Xapian::Query(Xapian::Query::OP_FILTER, query, f);
    return query;
}

}  // namespace newsarc
