// newsarc_relevance DB: precision at 10 on Reuters-21578's topic labels. For each topic of
// relevance_topics() (peer_util.cc) the topic's name is searched as newsarc-query would (relevance
// order, top 10); a hit is relevant when its stored article carries that topic label.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#include <xapian.h>

#include "bench/peers/peer_util.h"
#include "common/store/database.h"
#include "common/querylang/date_spec.h"
#include "common/search/search.h"

using namespace newsarc;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: newsarc_relevance DB\n");
        return 2;
    }
    Xapian::Database db = open_readonly(argv[1]);
    Timestamp today = local_today();
    SearchOptions options;
    double sum = 0;
    std::string per_topic;
    for (const auto& topic : bench::relevance_topics()) {
        QuerySpec spec;
        spec.text = topic.query;
        SearchResults results = search(db, spec, options, today);
        std::size_t relevant = 0;
        for (const auto& hit : results.hits) {
            auto it = hit.article.tags.find("topic");
            if (it != hit.article.tags.end() && std::find(it->second.begin(), it->second.end(), topic.label) != it->second.end())
                ++relevant;
        }
        double p = relevant / 10.0;
        sum += p;
        per_topic += per_topic.empty() ? "" : ",";
        per_topic += bench::json_string(topic.label) + ":" + std::to_string(p);
    }
    double mean = sum / static_cast<double>(bench::relevance_topics().size());
    std::printf("{\"engine\":\"newsarc\",\"documents\":%u,\"topics\":%zu,\"p_at_10\":%.3f,\"per_topic\":{%s}}\n",
                db.get_doccount(), bench::relevance_topics().size(), mean, per_topic.c_str());
    return 0;
}
