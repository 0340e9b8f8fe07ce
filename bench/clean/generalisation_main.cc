// The generalisation measure over many Reuters files (the unit test uses reut2-000.sgm only):
//   newsarc_clean_generalisation [--failures N] [--seed S | --seeds S,S,...] [--dump SOURCE]...
//                                [--without FAMILY[,FAMILY...]] [--modern] [FILE.sgm...]
// --modern measures modern news instead (the articleBody texts of ../shared/corpora/aeb), whose
// brands, units and initialisms 1987 wire copy lacks; both report the share of articles that keep
// every word as well as those whose paragraphs come back exactly.
// Without files it uses every reut2-*.sgm under ../shared/corpora/reuters21578 when present, else
// the bundled reut2-000.sgm. Prints the share of articles whose paragraphs come back exactly, and
// the share of clean bodies (the true paragraphs as a plain text file, one a line) that come back
// unchanged. --dump SOURCE (as a failure names it, "coastalwire.example/3.txt") prints that
// scrape's body lines, the expected paragraphs and what the cleaner made of them. --seeds measures
// several seeds (another draw of sites, promotions and variants each) and prints the lowest and
// the mean: one seed can be lucky by a few tenths of a point. --without switches families of the
// glued-text rules off (space_runs, sentence_ends, junctions, headings, rows, vocabulary; see
// GluedRules in common/clean/glued.h) to measure what each contributes.
#include <algorithm>
#include <sstream>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "bench/clean/scrape_artifacts.h"
#include "common/clean/glued.h"

using namespace newsarc;

namespace {

// Switches off the families of glued-text rules named in `list` (comma-separated); false, after a
// message, when one is unknown.
bool switch_off_families(GluedRules& rules, const std::string& list) {
    std::stringstream items(list);
    for (std::string item; std::getline(items, item, ',');)
        if (!switch_off_glued_family(rules, item)) {
            std::cerr << "unknown family of glued-text rules: " << item << " (one of " << glued_family_names() << ")\n";
            return false;
        }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files, dumps;
    std::size_t show = 10;
    unsigned seed = 20240901;
    std::vector<unsigned> seeds;
    GluedRules rules;
    std::string without;
    bool modern = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--modern") modern = true;
        else if (arg == "--failures" && i + 1 < argc) show = std::stoul(argv[++i]);
        else if (arg == "--seed" && i + 1 < argc) seed = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (arg == "--seeds" && i + 1 < argc) {
            std::stringstream list(argv[++i]);
            for (std::string item; std::getline(list, item, ',');) seeds.push_back(static_cast<unsigned>(std::stoul(item)));
        }
        else if (arg == "--dump" && i + 1 < argc) dumps.push_back(argv[++i]);
        else if (arg == "--without" && i + 1 < argc) {
            without = argv[++i];
            if (!switch_off_families(rules, without)) return 2;
        }
        else files.push_back(arg);
    }
    if (seeds.size() == 1) seed = seeds.front();
    set_glued_rules_for_measurement(rules);
    if (!without.empty()) std::cout << "glued-text rules switched off: " << without << "\n";
    if (modern) {
        std::string truth = NEWSARC_SHARED_CORPORA "/aeb/ground-truth.json";
        if (!std::filesystem::exists(truth)) {
            std::cerr << "--modern needs " << truth << "\n";
            return 2;
        }
        files = {truth};
    }
    if (files.empty()) {
        std::filesystem::path shared = NEWSARC_SHARED_CORPORA "/reuters21578";
        if (std::filesystem::is_directory(shared))
            for (const auto& e : std::filesystem::directory_iterator(shared))
                if (e.path().extension() == ".sgm") files.push_back(e.path().string());
        std::sort(files.begin(), files.end());
        if (files.empty()) files.push_back(NEWSARC_TEST_DATA "/reuters/reut2-000.sgm");
    }
    std::vector<Article> originals;
    for (const auto& f : files) {
        auto more = modern ? artifacts::aeb_originals(f) : artifacts::reuters_originals(f);
        originals.insert(originals.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    if (!dumps.empty()) {
        // The same scrapes as artifacts::run (same generator, same order), cleaned once with the
        // site lists learned from all of them.
        std::vector<artifacts::Generated> scrapes = artifacts::make_scrapes(originals, seed);
        CleanOptions options = artifacts::learned_options(scrapes);
        for (const auto& g : scrapes) {
            if (std::find(dumps.begin(), dumps.end(), g.raw.source_path) == dumps.end()) continue;
            std::cout << "== " << g.raw.source_path << " (" << g.variant << ")\n-- body lines\n";
            for (const auto& l : g.raw.body_lines) std::cout << "  | " << l << "\n";
            auto got = clean_article(g.raw, options).article.paragraphs;
            std::cout << "-- expected / got\n";
            for (std::size_t k = 0; k < std::max(got.size(), g.paragraphs.size()); ++k) {
                std::string e = k < g.paragraphs.size() ? g.paragraphs[k] : "(none)";
                std::string a = k < got.size() ? got[k] : "(none)";
                std::cout << (e == a ? "  = " : "  E ") << e << "\n";
                if (e != a) std::cout << "  G " << a << "\n";
            }
        }
        return 0;
    }
    if (seeds.size() > 1) {
        double lowest = 100, sum = 0;
        for (unsigned s : seeds) {
            auto score = artifacts::run(originals, s, 0);
            std::cout << "seed " << s << ": " << score.share() << "% of " << score.articles << " articles exact ("
                      << score.exact << "), " << score.words_share() << "% keep every word\n";
            lowest = std::min(lowest, score.share());
            sum += score.share();
        }
        std::cout << "generalisation over " << seeds.size() << " seeds: lowest " << lowest << "%, mean "
                  << sum / seeds.size() << "% (" << files.size() << " files)\n";
        return 0;
    }
    auto score = artifacts::run(originals, seed, show);
    for (const auto& f : score.failures) std::cout << f;
    std::cout << "generalisation: " << score.share() << "% of " << score.articles << " articles exact ("
              << score.exact << ") from " << files.size() << " files; authors exact " << score.authors_exact
              << ", dates exact " << score.dates_exact << "\n";
    std::cout << "every word kept: " << score.words_share() << "% of articles (" << score.words_kept << ")\n";
    for (const auto& [variant, counts] : score.by_variant)
        std::cout << "  " << variant << ": " << counts.first << "/" << counts.second << " exact, "
                  << score.words_kept_by_variant[variant] << " keep every word\n";
    // The other side (tests/unit/generalisation_test.cc, CleanReutersBodiesStayUnchanged).
    auto unchanged = artifacts::clean_bodies_unchanged(originals, show);
    for (const auto& f : unchanged.failures) std::cout << f;
    std::cout << "clean bodies unchanged: " << unchanged.share() << "% of " << unchanged.articles << " ("
              << unchanged.articles - unchanged.same << " changed)\n";
    return 0;
}
