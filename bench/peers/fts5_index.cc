// newsarc_fts5_index DB INPUT...: the SQLite FTS5 peer. Reads the inputs through newsarc's readers and
// cleaner (so both sides index the same cleaned fields), then inserts title, authors, date, url and
// body into an FTS5 table with the porter tokenizer, text stored, in one transaction. The Reuters
// topics go in an UNINDEXED column for the relevance test; the date is UNINDEXED ISO text, filtered
// with WHERE. Reports the time of the whole thing (reading and cleaning included, as for newsarc).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <string>

#include <sqlite3.h>

#include "bench/peers/peer_util.h"

using namespace newsarc;

namespace {

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "newsarc_fts5_index: %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(2);
    }
}

std::string joined(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k) {
        out += k ? sep : "";
        out += items[k];
    }
    return out;
}

// True for a regular file that starts as every SQLite database does.
bool is_sqlite_file(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(path, ec))) return false;
    char header[16] = {};
    std::ifstream(path, std::ios::binary).read(header, sizeof header);
    return std::string_view(header, sizeof header) == std::string_view("SQLite format 3\0", 16);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: newsarc_fts5_index DB INPUT...\n");
        return 2;
    }
    auto start = std::chrono::steady_clock::now();
    std::string path = argv[1];
    // Only an earlier run's database is replaced; anything else at the path is refused by SQLite.
    if (is_sqlite_file(path)) std::filesystem::remove(path);
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open");
    check(sqlite3_exec(db,
                       "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, authors, date UNINDEXED, url, "
                       "body, topics UNINDEXED, tokenize='porter');",
                       nullptr, nullptr, nullptr),
          db, "create table");
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO articles VALUES (?,?,?,?,?,?,?)", -1, &insert, nullptr), db, "prepare");
    auto files = bench::list_inputs(std::vector<std::string>(argv + 2, argv + argc));
    std::string authors, date, body, topics;
    auto counts = bench::for_each_clean_article(files, [&](Article&& a) {
        authors = joined(a.authors, "; ");
        date = a.published ? a.published->iso() : std::string();
        body = a.body();
        auto it = a.tags.find("topic");
        topics = it == a.tags.end() ? std::string() : joined(it->second, " ");
        sqlite3_bind_text(insert, 1, a.id.data(), static_cast<int>(a.id.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, a.title.data(), static_cast<int>(a.title.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, authors.data(), static_cast<int>(authors.size()), SQLITE_STATIC);
        if (date.empty()) sqlite3_bind_null(insert, 4);
        else sqlite3_bind_text(insert, 4, date.data(), static_cast<int>(date.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, a.url.data(), static_cast<int>(a.url.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, body.data(), static_cast<int>(body.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 7, topics.data(), static_cast<int>(topics.size()), SQLITE_STATIC);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
    });
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    check(sqlite3_close(db), db, "close");
    std::printf("{\"articles\":%zu,\"rejected\":%zu,\"seconds\":%.3f}\n", counts.articles, counts.rejected,
                bench::seconds_since(start));
    return 0;
}
