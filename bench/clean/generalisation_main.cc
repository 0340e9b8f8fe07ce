// The generalisation measure over many Reuters files (the unit test uses reut2-000.sgm only):
//   newsarc_clean_generalisation [--failures N] [--seed S] [FILE.sgm...]
// Without files it uses every reut2-*.sgm under ../shared/corpora/reuters21578 when present, else
// the bundled reut2-000.sgm. Prints the share of articles whose paragraphs come back exactly.
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "bench/clean/scrape_artifacts.h"
#include "common/io/byte_stream.h"
#include "common/readers/formats.h"

using namespace newsarc;

int main(int argc, char** argv) {
    std::vector<std::string> files;
    std::size_t show = 10;
    unsigned seed = 20240901;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--failures" && i + 1 < argc) show = std::stoul(argv[++i]);
        else if (arg == "--seed" && i + 1 < argc) seed = static_cast<unsigned>(std::stoul(argv[++i]));
        else files.push_back(arg);
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
        auto reader = make_sgml_reader(std::make_unique<FileStream>(f), f);
        while (auto item = reader->next()) {
            auto* raw = std::get_if<RawArticle>(&*item);
            if (!raw) continue;
            try {
                auto a = clean_article(*raw).article;
                if (a.paragraphs.size() >= 3) originals.push_back(std::move(a));
            } catch (const InputError&) {
            }
        }
    }
    auto score = artifacts::run(originals, seed, show);
    for (const auto& f : score.failures) std::cout << f;
    std::cout << "generalisation: " << score.share() << "% of " << score.articles << " articles exact ("
              << score.exact << ") from " << files.size() << " files; authors exact " << score.authors_exact
              << ", dates exact " << score.dates_exact << "\n";
    for (const auto& [variant, counts] : score.by_variant)
        std::cout << "  " << variant << ": " << counts.first << "/" << counts.second << " exact\n";
    return 0;
}
