// Learning a site's boilerplate from the archive itself: a segment (paragraph, or sentence inside a
// paragraph) that recurs verbatim across many articles of one site is promotional or navigation
// text ("Get the Morning Brief in your inbox", "Join our WhatsApp channel"), whatever its wording.
// A segment that appears in one article (a sub-heading, a quote) is content.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsarc {

// The form segments are compared in: whitespace collapsed and trimmed (case and punctuation kept:
// boilerplate is a template, printed the same way every time).
std::string boilerplate_key(std::string_view segment);

// The segments of cleaned paragraphs that the learner counts and clean_article matches: every
// paragraph whole and, for paragraphs of two or more sentences, each sentence (split_sentences),
// because scrapers glue promotional lines into paragraphs ("... he said. Get our app."). Keys,
// without duplicates, in order.
std::vector<std::string> boilerplate_segments(const std::vector<std::string>& paragraphs);

class BoilerplateLearner {
public:
    struct Options {
        // A segment is learned when it occurs in at least `min_articles` distinct articles of a site
        // AND in at least `min_share` of the site's (distinct) observed articles. Three articles is
        // the least evidence that a line is a template rather than a coincidence or one story
        // quoted twice; a fifth of the site's articles is far above what real content reaches (a
        // standard news sentence such as "The company did not give details." recurs in well
        // under 1% of a wire's stories), while promotional lines are printed under most or all
        // articles, and a site that rotates five promotional lines still shows each under ~20%+.
        std::size_t min_articles = 3;
        double min_share = 0.2;
        // A small site (fewer than `small_site` distinct articles) needs `small_site_share`: among
        // ten stories of one event, the same quoted sentence can easily turn up in three, while a
        // site's fixed promotional lines sit under (nearly) all of them.
        std::size_t small_site = 15;
        double small_site_share = 0.5;
        // Segments longer than this (in words) are never learned: repeated long paragraphs are the
        // same story filed twice (updates, syndication), not boilerplate.
        std::size_t max_words = 60;
        // Memory bound: at most this many distinct segments are tracked per site. When a site
        // goes over, segments seen in only one article are evicted (lossy counting: a line that
        // recurs in a fifth of the articles comes back long before it could be evicted twice).
        std::size_t max_tracked_per_site = 50000;
        // At most this many article fingerprints per site are kept for spotting duplicates.
        std::size_t max_fingerprints_per_site = 200000;
    };

    BoilerplateLearner();
    explicit BoilerplateLearner(Options options);

    // Counts the segments of one cleaned article (paragraphs after normal cleaning, before any
    // learned boilerplate is removed). An article seen before (same fingerprint: the same
    // paragraphs, as when one file is added twice) is not counted again, nor is one with no
    // paragraphs.
    void observe(std::string_view site, const std::vector<std::string>& paragraphs);

    // The learned boilerplate segments of a site (boilerplate keys), most frequent first.
    std::vector<std::string> learned(std::string_view site) const;

    // Every site that has learned something, with its segments: the form CleanOptions takes.
    std::map<std::string, std::vector<std::string>> learned_all() const;

    // Distinct articles observed for a site.
    std::size_t articles(std::string_view site) const;
    std::vector<std::string> sites() const;

    // A text form of everything learned so far (counts included, so learning can go on after a
    // restart); deserialise(serialise()) behaves like the original. One line per record, tab
    // separated; segments never hold tabs or newlines. Throws std::invalid_argument on text that
    // is not a serialised learner.
    std::string serialise() const;
    static BoilerplateLearner deserialise(std::string_view text);
    static BoilerplateLearner deserialise(std::string_view text, Options options);
    // The same, for one site only (one metadata key per site); deserialise_site merges one back.
    std::string serialise_site(std::string_view site) const;
    void deserialise_site(std::string_view text);

    const Options& options() const { return options_; }

private:
    struct Entry {
        std::uint32_t count = 0;        // distinct articles containing the segment
        std::uint64_t last_article = 0; // the article that last counted it (1-based, 0 = none)
        std::string text;               // kept once the segment has been seen twice
    };
    struct Site {
        std::uint64_t articles = 0;
        std::unordered_map<std::uint64_t, Entry> entries;
        std::unordered_set<std::uint64_t> fingerprints;
    };

    bool is_learned(const Site& site, const Entry& e) const;
    void evict(Site& site);
    void write_site(std::string& out, const std::string& name, const Site& site) const;
    void read_lines(std::string_view text);

    Options options_;
    std::map<std::string, Site, std::less<>> sites_;
};

}  // namespace newsarc
