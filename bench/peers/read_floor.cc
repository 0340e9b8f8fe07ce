// newsarc_read_floor INPUT...: the floor of ingest. Reads, decompresses and parses the inputs through
// newsarc's readers and nothing else: no cleaning, no index. Any indexer reading these files through
// the same readers can be no faster than this.
#include <chrono>
#include <cstdio>
#include <variant>

#include "bench/peers/peer_util.h"
#include "common/readers/reader.h"

using namespace newsarc;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: newsarc_read_floor INPUT...\n");
        return 2;
    }
    auto start = std::chrono::steady_clock::now();
    auto files = bench::list_inputs(std::vector<std::string>(argv + 1, argv + argc));
    std::size_t articles = 0, errors = 0, text_bytes = 0;
    for (const auto& file : files) {
        auto reader = open_reader(file);
        while (auto item = reader->next()) {
            if (auto* raw = std::get_if<RawArticle>(&*item)) {
                ++articles;
                text_bytes += raw->title.size();
                for (const auto& line : raw->body_lines) text_bytes += line.size();
            } else {
                ++errors;
            }
        }
    }
    std::printf("{\"articles\":%zu,\"diagnostics\":%zu,\"text_bytes\":%zu,\"files\":%zu,\"seconds\":%.3f}\n", articles,
                errors, text_bytes, files.size(), bench::seconds_since(start));
    return 0;
}
