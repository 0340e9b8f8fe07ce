// newsarc_fts5_search_bench FTSDB QUERIES [--passes P]: the same queries as newsarc_search_bench
// against the FTS5 peer: `... WHERE articles MATCH ? ORDER BY rank LIMIT 10` with snippet() on the
// body, every row fetched. Field filters become FTS5 column filters (title:, authors:, url: for the
// site's host words); date filters a WHERE on the date column.
#include <chrono>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <string>

#include <sqlite3.h>

#include "bench/peers/peer_util.h"

using namespace newsarc;

namespace {

// A string as one FTS5 string token (a phrase when it holds several words).
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += "\"\"";
        else out += c;
    }
    return out + "\"";
}

// newsarc's query text (words, "phrases", title:word) and filters as an FTS5 MATCH expression.
std::string fts5_match(const bench::BenchQuery& q) {
    std::string out;
    auto add = [&](const std::string& part) { out += out.empty() ? "" : " AND "; out += part; };
    const std::string& t = q.text;
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] == ' ') {
            ++i;
            continue;
        }
        std::string column;
        if (t.compare(i, 6, "title:") == 0) {
            column = "title";
            i += 6;
        }
        std::string token;
        if (i < t.size() && t[i] == '"') {
            auto close = t.find('"', i + 1);
            if (close == std::string::npos) close = t.size();
            token = t.substr(i + 1, close - i - 1);
            i = close + 1;
        } else {
            auto space = t.find(' ', i);
            if (space == std::string::npos) space = t.size();
            token = t.substr(i, space - i);
            i = space;
        }
        add(column.empty() ? quoted(token) : column + " : " + quoted(token));
    }
    if (!q.author.empty()) add("authors : " + quoted(q.author));
    if (!q.site.empty()) {
        std::string words;
        for (char c : q.site) words += std::isalnum(static_cast<unsigned char>(c)) ? c : ' ';
        add("url : " + quoted(words));
    }
    return out;
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "newsarc_fts5_search_bench: %s\n", sqlite3_errmsg(db));
        std::exit(2);
    }
    return stmt;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: newsarc_fts5_search_bench FTSDB QUERIES [--passes P]\n");
        return 2;
    }
    int passes = 3;
    for (int i = 3; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--passes") == 0) passes = std::atoi(argv[i + 1]);
    auto queries = bench::load_queries(argv[2]);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "newsarc_fts5_search_bench: cannot open %s\n", argv[1]);
        return 2;
    }
    const char* select = "SELECT id, title, authors, date, url, snippet(articles, 5, '[', ']', '...', 40) FROM articles";
    sqlite3_stmt* plain = prepare(db, (std::string(select) + " WHERE articles MATCH ?1 ORDER BY rank LIMIT 10").c_str());
    sqlite3_stmt* dated = prepare(
        db, (std::string(select) + " WHERE articles MATCH ?1 AND date >= ?2 AND date <= ?3 ORDER BY rank LIMIT 10").c_str());
    std::size_t documents = 0;
    if (sqlite3_stmt* count = prepare(db, "SELECT count(*) FROM articles"); sqlite3_step(count) == SQLITE_ROW) {
        documents = static_cast<std::size_t>(sqlite3_column_int64(count, 0));
        sqlite3_finalize(count);
    }

    bench::SearchTally tally;
    std::size_t checksum = 0;
    for (int pass = 0; pass <= passes; ++pass) {
        for (const auto& q : queries) {
            std::string match = fts5_match(q);
            bool has_date = !q.since.empty() || !q.until.empty();
            std::string since = q.since, until = q.until.empty() ? "9999" : q.until;
            until += "~";  // sorts after every ISO date that starts with the bound
            auto start = std::chrono::steady_clock::now();
            sqlite3_stmt* stmt = has_date ? dated : plain;
            sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
            if (has_date) {
                sqlite3_bind_text(stmt, 2, since.c_str(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(stmt, 3, until.c_str(), -1, SQLITE_TRANSIENT);
            }
            std::size_t hits = 0;
            int rc;
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                ++hits;
                for (int c = 0; c < 6; ++c) checksum += static_cast<std::size_t>(sqlite3_column_bytes(stmt, c));
            }
            if (rc != SQLITE_DONE && pass == 0) {
                tally.error();
                std::fprintf(stderr, "query %s (%s): %s\n", bench::describe(q).c_str(), match.c_str(), sqlite3_errmsg(db));
            }
            sqlite3_reset(stmt);
            sqlite3_clear_bindings(stmt);
            double ms = bench::seconds_since(start) * 1000;
            if (pass == 0)
                tally.warm_up(hits);
            else
                tally.timed(q, ms);
        }
    }
    sqlite3_finalize(plain);
    sqlite3_finalize(dated);
    sqlite3_close(db);
    std::cout << tally.json("fts5", documents, queries.size(), passes) << '\n';
    return tally.errors() ? 1 : 0;
}
