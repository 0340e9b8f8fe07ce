// Per-site boilerplate learning during ingest: articles are held back a while, so that lines learned
// from the articles after them (of the same site) are removed from them too, and what was learned
// is kept in the database metadata for later runs.
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/model/article.h"
#include "common/clean/boilerplate_learner.h"

namespace newsarc {

class LearningBuffer {
public:
    // `lookahead`: how many articles are held back before they leave with their site's boilerplate
    // removed. Without `observe`, articles are not counted (`reindex`: the learner has seen them
    // already) and only what was learned before is removed.
    LearningBuffer(BoilerplateLearner learner, std::size_t lookahead, bool observe = true);

    // Counts the article's segments (it must come from clean_article without site lists) and holds
    // it back.
    void push(Article&& article);

    // True when an article can leave: more than `lookahead` are held, or `draining`.
    bool ready(bool draining) const { return !held_.empty() && (draining || held_.size() > lookahead_); }

    // The oldest held article, without the boilerplate learned for its site so far.
    Article pop();

    const std::deque<Article>& held() const { return held_; }
    const BoilerplateLearner& learner() const { return learner_; }

private:
    void refresh();

    BoilerplateLearner learner_;
    std::size_t lookahead_;
    bool observe_;
    std::deque<Article> held_;
    std::map<std::string, std::vector<std::string>> learned_;  // refreshed every so many articles
    std::size_t since_refresh_ = 0;
    std::size_t pushed_ = 0;
};

// What earlier runs learned, from the metadata (one key per site); empty for a new archive.
BoilerplateLearner load_learner(const Xapian::Database& db);

// Writes what was learned, one metadata key per site.
void save_learner(const BoilerplateLearner& learner, Xapian::WritableDatabase& db);

}  // namespace newsarc
