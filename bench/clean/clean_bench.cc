// Cleaner throughput: MB/s of raw input (title, byline, dates, URL, body lines) cleaned.
//   newsarc_clean_bench [--benchmark_filter=...]
// Inputs: the seed article (cumulative repetition, the worst case per byte), Reuters articles as
// the SGML reader gives them, and the same Reuters paragraphs with the seed's artifacts re-created
// (bench/clean/scrape_artifacts.h), with and without a learned boilerplate list.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "bench/clean/scrape_artifacts.h"
#include "common/clean/cleaner.h"
#include "common/io/byte_stream.h"
#include "common/readers/formats.h"
#include "common/readers/reader.h"

using namespace newsarc;

namespace {

std::size_t raw_bytes(const RawArticle& r) {
    std::size_t n = r.title.size() + r.url.size() + r.section.size();
    for (const auto& s : r.bylines) n += s.size() + 1;
    for (const auto& s : r.dates) n += s.size() + 1;
    for (const auto& s : r.body_lines) n += s.size() + 1;
    return n;
}

// The seed as the project's reader gives it.
RawArticle seed_article() {
    auto reader = open_reader(NEWSARC_TEST_DATA "/seed/000_bb8a75b0104a1e04.txt");
    return std::get<RawArticle>(*reader->next());
}

const std::vector<RawArticle>& reuters_raw() {
    static const std::vector<RawArticle> all = [] {
        std::vector<RawArticle> out;
        std::string path = NEWSARC_TEST_DATA "/reuters/reut2-000.sgm";
        auto reader = make_sgml_reader(std::make_unique<FileStream>(path), path);
        while (auto item = reader->next())
            if (auto* a = std::get_if<RawArticle>(&*item))
                if (!a->body_lines.empty()) out.push_back(std::move(*a));
        return out;
    }();
    return all;
}

struct Scraped {
    std::vector<RawArticle> raws;
    CleanOptions learned;
};

const Scraped& scraped() {
    static const Scraped all = [] {
        Scraped s;
        std::vector<Article> originals;
        for (const auto& r : reuters_raw()) {
            try {
                auto a = clean_article(r).article;
                if (a.paragraphs.size() >= 3) originals.push_back(std::move(a));
            } catch (const InputError&) {
            }
        }
        std::mt19937 rng(20240901);
        BoilerplateLearner learner;
        for (std::size_t i = 0; i < originals.size(); ++i) {
            const auto& site = artifacts::sites()[i % artifacts::sites().size()];
            s.raws.push_back(artifacts::make_scrape(originals[i], site, static_cast<int>(i), rng).raw);
            auto a = clean_article(s.raws.back()).article;
            learner.observe(a.site, a.paragraphs);
        }
        s.learned.site_boilerplate = learner.learned_all();
        return s;
    }();
    return all;
}

void run_over(benchmark::State& state, const std::vector<RawArticle>& inputs, const CleanOptions& options) {
    std::size_t bytes = 0;
    for (const auto& r : inputs) bytes += raw_bytes(r);
    for (auto _ : state) {
        for (const auto& r : inputs) {
            try {
                auto result = clean_article(r, options);
                benchmark::DoNotOptimize(result.article.paragraphs.data());
            } catch (const InputError&) {
            }
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(inputs.size()));
}

void BM_CleanSeed(benchmark::State& state) { run_over(state, {seed_article()}, {}); }
void BM_CleanReuters(benchmark::State& state) { run_over(state, reuters_raw(), {}); }
void BM_CleanScrapedReuters(benchmark::State& state) { run_over(state, scraped().raws, {}); }
void BM_CleanScrapedReutersLearned(benchmark::State& state) { run_over(state, scraped().raws, scraped().learned); }

void BM_LearnerObserve(benchmark::State& state) {
    std::vector<std::vector<std::string>> paragraphs;
    std::size_t bytes = 0;
    for (const auto& r : reuters_raw()) {
        try {
            paragraphs.push_back(clean_article(r).article.paragraphs);
            for (const auto& p : paragraphs.back()) bytes += p.size();
        } catch (const InputError&) {
        }
    }
    for (auto _ : state) {
        BoilerplateLearner learner;
        for (const auto& p : paragraphs) learner.observe("reuters", p);
        benchmark::DoNotOptimize(learner.articles("reuters"));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
}

}  // namespace

BENCHMARK(BM_CleanSeed);
BENCHMARK(BM_CleanReuters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanScrapedReuters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanScrapedReutersLearned)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LearnerObserve)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
