// newsarc_fts5_relevance FTSDB: the relevance test of newsarc_relevance against the FTS5 peer, with
// FTS5's bm25 ranking (`ORDER BY rank LIMIT 10`); the topics come from its UNINDEXED topics column.
#include <cstdio>
#include <sstream>
#include <string>

#include <sqlite3.h>

#include "bench/peers/peer_util.h"

using namespace newsarc;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: newsarc_fts5_relevance FTSDB\n");
        return 2;
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "newsarc_fts5_relevance: cannot open %s\n", argv[1]);
        return 2;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT topics FROM articles WHERE articles MATCH ?1 ORDER BY rank LIMIT 10", -1, &stmt,
                           nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "newsarc_fts5_relevance: %s\n", sqlite3_errmsg(db));
        return 2;
    }
    double sum = 0;
    std::string per_topic;
    for (const auto& topic : bench::relevance_topics()) {
        // The query's words, each quoted, ANDed: the same words newsarc's parser ANDs.
        std::string match;
        std::istringstream words(topic.query);
        for (std::string w; words >> w;) {
            match += match.empty() ? "\"" : " AND \"";
            match += w + "\"";
        }
        sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
        std::size_t relevant = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const char* t = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            std::istringstream topics(t ? t : "");
            for (std::string label; topics >> label;)
                if (label == topic.label) ++relevant;
        }
        sqlite3_reset(stmt);
        double p = relevant / 10.0;
        sum += p;
        per_topic += per_topic.empty() ? "" : ",";
        per_topic += bench::json_string(topic.label) + ":" + std::to_string(p);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    std::printf("{\"engine\":\"fts5\",\"topics\":%zu,\"p_at_10\":%.3f,\"per_topic\":{%s}}\n",
                bench::relevance_topics().size(), sum / static_cast<double>(bench::relevance_topics().size()),
                per_topic.c_str());
    return 0;
}
