// newsarc_to_scriptindex INPUT... > DUMP: the inputs, read and cleaned by newsarc's readers and
// cleaner, as scriptindex input records (fields id, title, author, date YYYYMMDD, url, site, section,
// topic, body), for bench/peers/newsarc.script. The benchmark runs this before timing scriptindex,
// so scriptindex indexes the same cleaned fields as newsarc without paying for reading or cleaning.
//
// scriptindex's format: records separated by a blank line, `name=value` lines, and a newline inside
// a value written as a newline followed by '='.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "bench/peers/peer_util.h"

using namespace newsarc;

namespace {

void field(std::string& out, const char* name, const std::string& value) {
    if (value.empty()) return;
    out += name;
    out += '=';
    for (char c : value) {
        if (c == '\r') continue;
        out += c;
        if (c == '\n') out += '=';
    }
    out += '\n';
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: newsarc_to_scriptindex INPUT... > DUMP\n");
        return 2;
    }
    std::ios::sync_with_stdio(false);
    auto start = std::chrono::steady_clock::now();
    auto files = bench::list_inputs(std::vector<std::string>(argv + 1, argv + argc));
    std::string out;
    auto counts = bench::for_each_clean_article(files, [&](Article&& a) {
        out.clear();
        field(out, "id", a.id);
        field(out, "title", a.title);
        for (const auto& author : a.authors) field(out, "author", author);
        if (a.published) field(out, "date", a.published->yyyymmdd());
        field(out, "url", a.url);
        field(out, "site", a.site);
        field(out, "section", a.section);
        if (auto it = a.tags.find("topic"); it != a.tags.end())
            for (const auto& t : it->second) field(out, "topic", t);
        field(out, "body", a.body());
        out += '\n';
        std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
    });
    std::cout.flush();
    std::fprintf(stderr, "{\"articles\":%zu,\"rejected\":%zu,\"seconds\":%.3f}\n", counts.articles, counts.rejected,
                 bench::seconds_since(start));
    return 0;
}
