// Scores extracted article bodies against a ground truth the way the ScrapingHub
// article-extraction benchmark does: per page, word 4-gram shingles of \w+ tokens counted with
// multiplicity give TP/FP/FN (normalised per page); precision is averaged over pages with a
// prediction, recall over pages with a truth, and F1 is taken from the two averages.
//
//   newsarc_extract_score GROUND_TRUTH.json ARTICLES.jsonl [--pages]
//
// ARTICLES.jsonl is `newsarc-index clean` output; a page is matched to the truth by the file name
// in its `source` (<sha256>.html[.gz]). Also prints the share of pages with a title, an author and
// a date. --pages prints one line per page (key, precision, recall) for finding weak pages.
#include <utf8proc.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using nlohmann::json;

// Python's \w on str: letters, numbers (any kind) and the underscore.
bool is_word_char(utf8proc_int32_t cp) {
    if (cp == '_') return true;
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
            return true;
        default:
            return false;
    }
}

std::vector<std::string> tokens(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) {
            n = 1;
            cp = -1;
        }
        if (cp >= 0 && is_word_char(cp)) cur.append(reinterpret_cast<const char*>(p), n);
        else if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
        p += n;
        left -= n;
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

std::unordered_map<std::string, int> shingles(const std::string& text) {
    constexpr std::size_t n = 4;
    auto t = tokens(text);
    std::unordered_map<std::string, int> out;
    std::size_t count = t.size() >= n ? t.size() - n + 1 : 1;
    for (std::size_t i = 0; i < count; ++i) {
        std::string key;
        for (std::size_t j = i; j < std::min(i + n, t.size()); ++j) key += t[j] + '\x01';
        if (!key.empty()) ++out[key];
    }
    return out;
}

struct Match {
    double tp = 0, fp = 0, fn = 0;
};

Match match(const std::string& truth, const std::string& pred) {
    auto ts = shingles(truth), ps = shingles(pred);
    Match m;
    for (const auto& [k, tc] : ts) {
        auto it = ps.find(k);
        int pc = it == ps.end() ? 0 : it->second;
        m.tp += std::min(tc, pc);
        m.fn += std::max(0, tc - pc);
        m.fp += std::max(0, pc - tc);
    }
    for (const auto& [k, pc] : ps)
        if (!ts.count(k)) m.fp += pc;
    double s = m.tp + m.fp + m.fn;
    if (s > 0) m.tp /= s, m.fp /= s, m.fn /= s;
    return m;
}

double precision(const Match& m) {
    if (m.fp == 0 && m.fn == 0) return 1;
    if (m.tp == 0 && m.fp == 0) return 0;
    return m.tp / (m.tp + m.fp);
}

double recall(const Match& m) {
    if (m.fp == 0 && m.fn == 0) return 1;
    if (m.tp == 0 && m.fn == 0) return 0;
    return m.tp / (m.tp + m.fn);
}

std::string string_field(const json& j, const char* key) {
    if (!j.is_object()) return {};
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string key_of(const std::string& source) {
    std::string path = source.substr(0, source.rfind(':'));
    std::string name = path.substr(path.find_last_of('/') + 1);
    return name.substr(0, name.find('.'));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s GROUND_TRUTH.json ARTICLES.jsonl [--pages]\n", argv[0]);
        return 2;
    }
    bool per_page = argc > 3 && std::string(argv[3]) == "--pages";
    std::ifstream gt_file(argv[1]);
    json truth = json::parse(gt_file);
    std::map<std::string, json> predicted;
    std::ifstream articles(argv[2]);
    for (std::string line; std::getline(articles, line);) {
        if (line.empty()) continue;
        json a = json::parse(line);
        std::string key = key_of(string_field(a, "source"));
        predicted[key] = std::move(a);
    }
    double p_sum = 0, r_sum = 0;
    int p_n = 0, r_n = 0, pages = 0, titled = 0, authored = 0, dated = 0;
    for (auto it_truth = truth.begin(); it_truth != truth.end(); ++it_truth) {
        const std::string key = it_truth.key();
        const json& t = it_truth.value();
        ++pages;
        std::string pred;
        if (auto it = predicted.find(key); it != predicted.end()) {
            const json& a = it->second;
            pred = string_field(a, "body");
            if (!string_field(a, "title").empty()) ++titled;
            if (a.contains("authors") && !a["authors"].empty()) ++authored;
            if (a.contains("published") && !a["published"].is_null()) ++dated;
        }
        Match m = match(string_field(t, "articleBody"), pred);
        if (m.tp + m.fp > 0) p_sum += precision(m), ++p_n;
        if (m.tp + m.fn > 0) r_sum += recall(m), ++r_n;
        if (per_page) std::printf("%s %.3f %.3f\n", key.c_str(), precision(m), recall(m));
    }
    double p = p_n ? p_sum / p_n : 0, r = r_n ? r_sum / r_n : 0;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("pages %d  F1 %.3f  precision %.3f  recall %.3f\n", pages, f1, p, r);
    std::printf("found: title %.1f%%  author %.1f%%  date %.1f%%\n", 100.0 * titled / pages, 100.0 * authored / pages,
                100.0 * dated / pages);
    return 0;
}
