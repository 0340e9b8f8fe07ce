// Per-site boilerplate learning: counts of 64-bit segment hashes per site, text kept only for
// segments seen twice, lossy eviction of one-off segments, a line-based text serialisation.
#include "common/clean/boilerplate_learner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include <xxhash.h>

#include "common/clean/glued.h"
#include "common/text/strutil.h"

namespace newsarc {

namespace {

constexpr std::string_view kMagic = "newsarc-boilerplate-learner 1";

std::uint64_t hash_of(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }

std::string hex16(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

bool parse_u64(std::string_view s, std::uint64_t& out, int base = 10) {
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
    return ec == std::errc() && ptr == s.data() + s.size();
}

std::vector<std::string_view> split_tabs(std::string_view line, std::size_t max_fields) {
    std::vector<std::string_view> out;
    while (out.size() + 1 < max_fields) {
        auto tab = line.find('\t');
        if (tab == std::string_view::npos) break;
        out.push_back(line.substr(0, tab));
        line = line.substr(tab + 1);
    }
    out.push_back(line);
    return out;
}

[[noreturn]] void bad(const std::string& why) {
    throw std::invalid_argument("boilerplate learner data: " + why);
}

}  // namespace

std::string boilerplate_key(std::string_view segment) { return strutil::collapse_spaces(segment); }

std::vector<std::string> boilerplate_segments(const std::vector<std::string>& paragraphs) {
    std::vector<std::string> out;
    auto add = [&](std::string key) {
        if (key.empty() || std::find(out.begin(), out.end(), key) != out.end()) return;
        out.push_back(std::move(key));
    };
    for (const auto& p : paragraphs) {
        std::string key = boilerplate_key(p);
        if (key.empty()) continue;
        auto sentences = split_sentences(key);
        add(std::move(key));
        if (sentences.size() >= 2)
            for (auto& s : sentences) add(boilerplate_key(s));
    }
    return out;
}

BoilerplateLearner::BoilerplateLearner() : BoilerplateLearner(Options{}) {}

BoilerplateLearner::BoilerplateLearner(Options options) : options_(options) {}

void BoilerplateLearner::observe(std::string_view site_name, const std::vector<std::string>& paragraphs) {
    auto segments = boilerplate_segments(paragraphs);
    if (segments.empty()) return;
    auto it = sites_.find(site_name);
    if (it == sites_.end()) it = sites_.emplace(std::string(site_name), Site{}).first;
    Site& site = it->second;

    // The same article observed twice (a file added again) is one article.
    std::string all;
    for (const auto& s : segments) {
        all += s;
        all += '\n';
    }
    std::uint64_t fingerprint = hash_of(all);
    if (site.fingerprints.count(fingerprint)) return;
    if (site.fingerprints.size() < options_.max_fingerprints_per_site) site.fingerprints.insert(fingerprint);

    std::uint64_t article = ++site.articles;
    for (auto& s : segments) {
        if (strutil::count_words(s) > options_.max_words) continue;
        Entry& e = site.entries[hash_of(s)];
        if (e.last_article == article) continue;
        e.last_article = article;
        ++e.count;
        if (e.count >= 2 && e.text.empty()) e.text = std::move(s);
    }
    if (site.entries.size() > options_.max_tracked_per_site) evict(site);
}

void BoilerplateLearner::evict(Site& site) {
    // Drop the rarest segments until the site is back under three quarters of its cap.
    const std::size_t target = options_.max_tracked_per_site * 3 / 4;
    for (std::uint32_t threshold = 1; site.entries.size() > target; ++threshold) {
        for (auto it = site.entries.begin(); it != site.entries.end();) {
            if (it->second.count <= threshold && !is_learned(site, it->second)) it = site.entries.erase(it);
            else ++it;
        }
        if (threshold > 1000000) break;
    }
}

bool BoilerplateLearner::is_learned(const Site& site, const Entry& e) const {
    if (e.text.empty() || e.count < options_.min_articles) return false;
    double share = site.articles < options_.small_site ? std::max(options_.min_share, options_.small_site_share)
                                                       : options_.min_share;
    return static_cast<double>(e.count) + 1e-9 >= share * static_cast<double>(site.articles);
}

std::vector<std::string> BoilerplateLearner::learned(std::string_view site_name) const {
    auto it = sites_.find(site_name);
    if (it == sites_.end()) return {};
    std::vector<const Entry*> hits;
    for (const auto& [h, e] : it->second.entries)
        if (is_learned(it->second, e)) hits.push_back(&e);
    std::sort(hits.begin(), hits.end(), [](const Entry* a, const Entry* b) {
        return a->count != b->count ? a->count > b->count : a->text < b->text;
    });
    std::vector<std::string> out;
    out.reserve(hits.size());
    for (const auto* e : hits) out.push_back(e->text);
    return out;
}

std::map<std::string, std::vector<std::string>> BoilerplateLearner::learned_all() const {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& [name, site] : sites_) {
        auto l = learned(name);
        if (!l.empty()) out.emplace(name, std::move(l));
    }
    return out;
}

std::size_t BoilerplateLearner::articles(std::string_view site_name) const {
    auto it = sites_.find(site_name);
    return it == sites_.end() ? 0 : static_cast<std::size_t>(it->second.articles);
}

std::vector<std::string> BoilerplateLearner::sites() const {
    std::vector<std::string> out;
    for (const auto& [name, site] : sites_) out.push_back(name);
    return out;
}

// Format, one record per line, fields separated by tabs:
//   newsarc-boilerplate-learner 1
//   site <TAB> <articles> <TAB> <name>
//   seg <TAB> <count> <TAB> <text>              (segments seen in two or more articles)
//   fp <TAB> <hex>,<hex>,...                     (article fingerprints, up to 1000 a line)
// Segments seen once are not written: they carry no evidence yet (the same as an eviction).
void BoilerplateLearner::write_site(std::string& out, const std::string& name, const Site& site) const {
    out += "site\t" + std::to_string(site.articles) + "\t" + name + "\n";
    std::vector<const Entry*> entries;
    for (const auto& [h, e] : site.entries)
        if (e.count >= 2 && !e.text.empty()) entries.push_back(&e);
    std::sort(entries.begin(), entries.end(), [](const Entry* a, const Entry* b) {
        return a->count != b->count ? a->count > b->count : a->text < b->text;
    });
    for (const auto* e : entries) out += "seg\t" + std::to_string(e->count) + "\t" + e->text + "\n";
    std::vector<std::uint64_t> fps(site.fingerprints.begin(), site.fingerprints.end());
    std::sort(fps.begin(), fps.end());
    for (std::size_t i = 0; i < fps.size(); i += 1000) {
        out += "fp\t";
        for (std::size_t j = i; j < fps.size() && j < i + 1000; ++j) {
            if (j > i) out += ',';
            out += hex16(fps[j]);
        }
        out += '\n';
    }
}

std::string BoilerplateLearner::serialise() const {
    std::string out(kMagic);
    out += '\n';
    for (const auto& [name, site] : sites_) write_site(out, name, site);
    return out;
}

std::string BoilerplateLearner::serialise_site(std::string_view site_name) const {
    std::string out(kMagic);
    out += '\n';
    auto it = sites_.find(site_name);
    if (it != sites_.end()) write_site(out, it->first, it->second);
    return out;
}

void BoilerplateLearner::read_lines(std::string_view text) {
    std::size_t start = 0;
    bool first = true;
    Site* current = nullptr;
    while (start < text.size()) {
        auto nl = text.find('\n', start);
        std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        start = nl == std::string_view::npos ? text.size() : nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (first) {
            if (line != kMagic) bad("missing header \"" + std::string(kMagic) + "\"");
            first = false;
            continue;
        }
        if (line.empty()) continue;
        auto fields = split_tabs(line, 3);
        std::uint64_t n = 0;
        if (fields[0] == "site" && fields.size() == 3 && parse_u64(fields[1], n)) {
            Site& site = sites_[std::string(fields[2])];
            site.articles += n;
            current = &site;
        } else if (fields[0] == "seg" && fields.size() == 3 && parse_u64(fields[1], n) && current) {
            std::string key = boilerplate_key(fields[2]);
            if (key.empty()) continue;
            Entry& e = current->entries[hash_of(key)];
            e.count += static_cast<std::uint32_t>(n);
            e.last_article = 0;
            if (e.text.empty()) e.text = std::move(key);
        } else if (fields[0] == "fp" && fields.size() == 2 && current) {
            std::string_view list = fields[1];
            while (!list.empty()) {
                auto comma = list.find(',');
                std::string_view item = list.substr(0, comma);
                std::uint64_t fp = 0;
                if (!parse_u64(item, fp, 16)) bad("bad fingerprint \"" + std::string(item) + "\"");
                if (current->fingerprints.size() < options_.max_fingerprints_per_site) current->fingerprints.insert(fp);
                if (comma == std::string_view::npos) break;
                list = list.substr(comma + 1);
            }
        } else {
            bad("bad line \"" + std::string(line.substr(0, 80)) + "\"");
        }
    }
    if (first) bad("empty");
}

BoilerplateLearner BoilerplateLearner::deserialise(std::string_view text) { return deserialise(text, Options{}); }

BoilerplateLearner BoilerplateLearner::deserialise(std::string_view text, Options options) {
    BoilerplateLearner learner(options);
    learner.read_lines(text);
    return learner;
}

void BoilerplateLearner::deserialise_site(std::string_view text) { read_lines(text); }

}  // namespace newsarc
