// Running queries against the archive, and query-aware snippets.
#include "common/search/search.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <thread>

#include "common/base/diagnostic.h"
#include "common/index/analysis.h"
#include "common/index/cjk.h"
#include "common/index/index_settings.h"
#include "common/base/parallel.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/search/match_plan.h"
#include "common/search/spelling.h"

namespace newsarc {
namespace {

// Candidates a phrase query checks on their text before it settles for what it found (a phrase of
// very common words can have most of the archive as candidates).
constexpr std::size_t kMaxPhraseChecks = 5000;

// Control characters never appear in cleaned text, so they mark highlights unambiguously.
const std::string kStartMark = "\x02";
const std::string kEndMark = "\x03";

std::string describe(const QuerySpec& spec) {
    std::string out = spec.text;
    auto add = [&](const std::string& label, const std::string& value) {
        if (value.empty()) return;
        if (!out.empty()) out += ' ';
        out += label + value;
    };
    for (const auto& a : spec.authors) add("--author ", a);
    for (const auto& s : spec.sites) add("--site ", s);
    add("--since ", spec.since);
    add("--until ", spec.until);
    add("--on ", spec.on);
    for (const auto& l : spec.languages) add("--lang ", l);
    return out;
}

// The first `length` characters of `text`, cut at a word boundary, with "…" when cut.
std::string opening(const std::string& text, std::size_t length) {
    std::size_t chars = 0, i = 0, last_space = std::string::npos;
    for (; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) == 0x80) continue;  // continuation bytes belong to the character before
        if (chars == length) break;
        if (c == ' ') last_space = i;
        ++chars;
    }
    if (i >= text.size()) return text;
    return text.substr(0, last_space != std::string::npos ? last_space : i) + "…";
}

// Whether the query holds a phrase or NEAR anywhere.
bool has_positional(const Xapian::Query& query) {
    if (query.get_type() == Xapian::Query::OP_PHRASE || query.get_type() == Xapian::Query::OP_NEAR) return true;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (has_positional(query.get_subquery(i))) return true;
    return false;
}

bool collapsing(const SearchOptions& options) { return options.collapse && !options.exact_count; }

// Collapsing and the order of results, the same for every match of a search.
void configure(Xapian::Enquire& enquire, const SearchOptions& options) {
    // Counting wants every match; results want each story once.
    if (collapsing(options)) enquire.set_collapse_key(schema::kSlotSimilarity);
    // Equal weights (boolean searches) go newest first rather than in docid order, which depends on
    // how the archive is sharded.
    if (options.sort == SortOrder::newest)
        enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
    else if (options.sort == SortOrder::oldest)
        enquire.set_sort_by_value_then_relevance(schema::kSlotDate, false);
    else
        enquire.set_sort_by_relevance_then_value(schema::kSlotDate, true);
}

// Whether two handles on an archive see the same revision of it. A handle on several shards has no
// single revision: its counts stand in.
bool same_revision(const Xapian::Database& a, const Xapian::Database& b) {
    if (a.get_doccount() != b.get_doccount() || a.get_lastdocid() != b.get_lastdocid() ||
        a.get_total_length() != b.get_total_length())
        return false;
    try {
        return a.get_revision() == b.get_revision();
    } catch (const Xapian::InvalidOperationError&) {
        return true;
    }
}

}  // namespace

void keep_whole_cjk_words(Snippet& snippet, const std::string& query_text) {
    if (!may_contain_cjk(query_text) || snippet.highlights.empty()) return;
    std::size_t shortest = 0;
    for (const auto& segment : cjk_segments(query_text)) {
        if (!segment.cjk) continue;
        std::size_t n = cjk_characters(segment.text).size();
        if (shortest == 0 || n < shortest) shortest = n;
    }
    if (shortest < 2) return;
    auto& marks = snippet.highlights;
    std::vector<std::pair<std::size_t, std::size_t>> kept;
    for (std::size_t i = 0; i < marks.size();) {
        std::size_t j = i + 1;
        while (j < marks.size() && marks[j].first == marks[j - 1].second) ++j;  // one stretch
        std::string_view stretch(snippet.text.data() + marks[i].first, marks[j - 1].second - marks[i].first);
        auto segments = cjk_segments(stretch);
        bool all_cjk = segments.size() == 1 && segments.front().cjk;
        if (!all_cjk || cjk_characters(stretch).size() >= shortest) kept.insert(kept.end(), marks.begin() + i, marks.begin() + j);
        i = j;
    }
    marks = std::move(kept);
}

Snippet split_snippet(const std::string& marked, const std::string& start_mark, const std::string& end_mark) {
    Snippet s;
    s.text.reserve(marked.size());
    std::size_t open = std::string::npos;
    for (std::size_t i = 0; i < marked.size();) {
        if (marked.compare(i, start_mark.size(), start_mark) == 0) {
            open = s.text.size();
            i += start_mark.size();
        } else if (marked.compare(i, end_mark.size(), end_mark) == 0) {
            if (open != std::string::npos) s.highlights.emplace_back(open, s.text.size());
            open = std::string::npos;
            i += end_mark.size();
        } else if (marked[i] == '&') {
            // MSet::snippet escapes text for HTML; printers want the article's own characters.
            static const std::pair<std::string_view, char> kEscapes[] = {
                {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}};
            bool decoded = false;
            for (const auto& [escape, c] : kEscapes) {
                if (marked.compare(i, escape.size(), escape) == 0) {
                    s.text += c;
                    i += escape.size();
                    decoded = true;
                    break;
                }
            }
            if (!decoded) s.text += marked[i++];
        } else {
            s.text += marked[i++];
        }
    }
    return s;
}

Searcher::Searcher(Xapian::Database db, std::vector<Xapian::Database> shards,
                   std::function<Xapian::Database()> open_again)
    : db_(std::move(db)),
      shards_(std::move(shards)),
      codec_(RecordCodec::from_database(db_)),
      settings_(IndexSettings::from_database(db_)),
      open_again_(std::move(open_again)) {}

std::vector<Xapian::Document> Searcher::documents(const std::vector<RankedDoc>& ranked, bool remote) const {
    std::vector<Xapian::Document> docs;
    docs.reserve(ranked.size());
    std::size_t n = shards_.size();
    if (!remote || n < 2 || db_.size() != n) {  // (a shard that is itself several: docids map otherwise)
        for (const auto& doc : ranked) docs.push_back(db_.get_document(doc.docid));
        return docs;
    }
    // Xapian 1.4 fetches a remote document with a round trip of its own, one after another (its
    // MSet::fetch does not pipeline them): each shard's connection fetches its own results, in
    // parallel. A joined archive numbers shard i's document d as (d - 1) * n + i + 1. Each shard's
    // connection is used by one thread only, and the joined database is untouched meanwhile.
    docs.resize(ranked.size());
    std::vector<std::vector<std::pair<std::size_t, Xapian::docid>>> by_shard(n);
    for (std::size_t i = 0; i < ranked.size(); ++i)
        by_shard[(ranked[i].docid - 1) % n].emplace_back(i, (ranked[i].docid - 1) / n + 1);
    std::vector<std::size_t> busy;
    for (std::size_t s = 0; s < n; ++s)
        if (!by_shard[s].empty()) busy.push_back(s);
    parallel_for(busy.size(), static_cast<unsigned>(busy.size()), [&](std::size_t k) {
        std::size_t s = busy[k];
        for (const auto& [index, docid] : by_shard[s]) {
            docs[index] = shards_[s].get_document(docid);
            stored_record(docs[index]);  // fetched here, on this shard's thread
        }
    });
    return docs;
}

unsigned Searcher::parts_for(const Xapian::Query& query, const SearchOptions& options) const {
    if (!open_again_ || options.remote) return 1;
    unsigned cores = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    unsigned parts = split_parts(db_, query, cores, options.split_min_postings);
    return parts > 1 && (!options.throttle_splits || throttle_.allow()) ? parts : 1;
}

std::optional<Searcher::Page> Searcher::match_in_parts(const Xapian::Query& query, const SearchOptions& options,
                                                       unsigned parts) const {
    // Each part but the first has a handle of its own, opened once and kept. One that sees another
    // revision than db_ (a writer committed in between) is reopened; failing that, one match it is.
    if (!pool_ || pool_->threads() < parts - 1) pool_ = std::make_unique<ThreadPool>(parts - 1);
    while (helpers_.size() < parts - 1) helpers_.push_back(open_again_());
    for (unsigned k = 0; k + 1 < parts; ++k) {
        if (same_revision(db_, helpers_[k])) continue;
        helpers_[k].reopen();
        if (!same_revision(db_, helpers_[k])) return std::nullopt;
    }
    // Each thread builds its own copy of the query: Xapian's reference counts are not atomic.
    std::string serialised = query.serialise();
    Xapian::docid last = db_.get_lastdocid();
    std::vector<std::vector<RankedDoc>> ranked(parts);
    std::vector<Xapian::doccount> estimates(parts);
    Page page;
    using Clock = std::chrono::steady_clock;
    std::vector<std::pair<Clock::time_point, Clock::time_point>> spans(parts);
    pool_->run(parts, [&](std::size_t k) {
        spans[k].first = Clock::now();
        auto [first, end] = part_range(last, static_cast<unsigned>(k), parts);
        Xapian::Enquire enquire(k == 0 ? db_ : helpers_[k - 1]);
        enquire.set_query(within_docids(Xapian::Query::unserialise(serialised), first, end));
        configure(enquire, options);
        Xapian::MSet mset = enquire.get_mset(0, options.offset + options.limit);
        ranked[k] = ranked_docs(mset);
        estimates[k] = part_estimate(mset, double(end - first + 1) / last);
        if (k == 0) page.mset = mset;  // every part's term statistics are the whole archive's
        spans[k].second = Clock::now();
    });
    // Parts ran at once when each started before any ended. Parts of under a millisecond say
    // nothing: waking a thread can take that long.
    auto first_start = std::min_element(spans.begin(), spans.end())->first;
    auto last_start = std::max_element(spans.begin(), spans.end())->first;
    auto first_end = std::min_element(spans.begin(), spans.end(), [](auto& a, auto& b) { return a.second < b.second; })->second;
    if (first_end - first_start >= std::chrono::milliseconds(1)) throttle_.record(last_start < first_end);
    page.docs = merge_rankings(ranked, options.sort, collapsing(options), options.offset, options.limit);
    for (auto e : estimates) page.estimate += e;
    return page;
}

SearchResults search(const Xapian::Database& db, const QuerySpec& spec, const SearchOptions& options,
                     const Timestamp& today) {
    return Searcher(db).search(spec, options, today);
}

SearchResults Searcher::search(const QuerySpec& spec, const SearchOptions& options, const Timestamp& today) const {
    const Xapian::Database& db = db_;
    const RecordCodec& codec = codec_;
    QueryBuilder builder(db, today);
    Xapian::Query query = builder.build(spec);

    // Counting, facets and histograms check every phrase candidate; a page of results stops early.
    bool check_all = options.exact_count || !options.facets.empty() || !options.histogram.empty();
    MatchPlan plan = plan_match(query, settings_, codec, check_all ? 0 : kMaxPhraseChecks);
    const std::unique_ptr<PhraseDecider>& phrases = plan.decider;
    // A MatchDecider cannot run on xapian-tcpsrv.
    if (phrases && options.remote)
        throw FatalError("phrases over remote shards need archives indexed with body positions");
    Xapian::Enquire enquire(db);
    enquire.set_query(plan.query);
    configure(enquire, options);

    // Spies only see the documents the match looks at: facets and histograms need all of them.
    std::vector<std::unique_ptr<FacetSpy>> spies;
    for (const auto& name : options.facets)
        spies.push_back(std::make_unique<FacetSpy>(facet_field(name), options.remote));
    std::unique_ptr<FacetSpy> histogram;
    if (!options.histogram.empty()) {
        const auto& field = facet_field(options.histogram);
        if (!field.date_prefix) throw UsageError("--histogram takes year, month or day, not \"" + options.histogram + "\"");
        histogram = std::make_unique<FacetSpy>(field, options.remote);
    }
    for (auto& spy : spies) enquire.add_matchspy(&spy->attach());
    if (histogram) enquire.add_matchspy(&histogram->attach());
    bool see_all = options.exact_count || !spies.empty() || histogram;

    // A page of results splits over threads; spies, counts and phrase checks see one whole match.
    SearchResults results;
    std::optional<Page> page;
    if (!see_all && !phrases) {
        unsigned parts = parts_for(query, options);
        if (parts > 1) page = match_in_parts(query, options, parts);
        if (page) results.parts = parts;
    }
    if (!page) {
        Xapian::MSet mset = enquire.get_mset(options.offset, options.limit, see_all ? db.get_doccount() : 0, nullptr,
                                             phrases.get());
        page = Page{ranked_docs(mset), mset.get_matches_estimated(), mset};
    }

    // MSet::snippet (Xapian 1.4) does not highlight phrases of stemmed Z terms; an MSet for the
    // query's terms ORed together highlights every matched word and weighs them the same way.
    // Other queries highlight from their own MSet, which saves a second match (and, over remote
    // shards, its round trips).
    Xapian::MSet snippet_mset = page->mset;
    if (!page->docs.empty() && has_positional(query)) {
        Xapian::Enquire words(db);
        words.set_query(Xapian::Query(Xapian::Query::OP_OR, query.get_unique_terms_begin(), query.get_unique_terms_end()));
        snippet_mset = words.get_mset(0, 0);
    }
    results.query = describe(spec);
    results.parsed = query.get_description();
    results.total_estimate = page->estimate;
    std::vector<Xapian::Document> docs = documents(page->docs, options.remote);
    // Snippets stem every word of every result in its article's language, folded as the index
    // folds it, and results repeat most of their words: memoised stemmers per thread (CachedStemmer
    // is not thread-safe) that live as long as the thread, so a long-running caller's searches
    // share them.
    thread_local LanguageStemmers snippet_stemmers(/*snippet=*/true);
    for (std::size_t index = 0; index < page->docs.size(); ++index) {
        Hit hit;
        hit.rank = options.offset + index + 1;
        hit.score = page->docs[index].weight;
        hit.similar = page->docs[index].collapsed;
        hit.article = load_article(docs[index], codec);
        // Paragraphs joined by a space keep the snippet on one line for terminals and scripts.
        std::string text;
        for (const auto& p : hit.article.paragraphs) text += (text.empty() ? "" : " ") + p;
        if (text.empty()) text = hit.article.title;
        hit.snippet = split_snippet(
            // Neither the background model nor the exhaustive search: together they cost four
            // times as much (2.6 ms against 0.6 ms for ten snippets of 1.6 KB articles) for
            // snippets that still centre on the matched words either way.
            snippet_mset.snippet(text, options.snippet_length, snippet_stemmers(hit.article.language),
                                 Xapian::MSet::SNIPPET_CJK_NGRAM, kStartMark, kEndMark, "…"),
            kStartMark, kEndMark);
        keep_whole_cjk_words(hit.snippet, spec.text);
        // Nothing of the query in the text (a search by author, site or date): the article's opening
        // says more than an arbitrary stretch of it.
        if (hit.snippet.highlights.empty()) hit.snippet.text = opening(text, options.snippet_length);
        results.hits.push_back(std::move(hit));
    }
    results.partial = phrases && phrases->exhausted();
    if (results.total_estimate < options.suggest_below && !spec.text.empty())
        results.suggestion = suggest_correction(db, codec, spec.text);
    for (const auto& spy : spies) results.facets.push_back(top_values(*spy, options.facet_top));
    if (histogram) results.histogram = histogram_series(*histogram);
    return results;
}

}  // namespace newsarc
