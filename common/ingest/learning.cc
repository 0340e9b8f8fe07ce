// The learning buffer and the learner's metadata keys.
#include "common/ingest/learning.h"
#include "common/model/schema.h"

#include <algorithm>

#include "common/clean/cleaner.h"

namespace newsarc {
namespace {

const std::string kSiteKey(schema::kMetaBoilerplate);

// Learned lists are recomputed this often: learned() walks every tracked segment of a site.
constexpr std::size_t kRefreshEvery = 256;

}  // namespace

LearningBuffer::LearningBuffer(BoilerplateLearner learner, std::size_t lookahead, bool observe)
    : learner_(std::move(learner)), lookahead_(lookahead), observe_(observe), learned_(learner_.learned_all()) {}

void LearningBuffer::push(Article&& article) {
    if (observe_) learner_.observe(article.site, article.paragraphs);
    held_.push_back(std::move(article));
    // learned_all() walks every tracked segment: refresh at intervals that grow with the input
    // (what a site prints under every article is learned early and stays learned).
    if (++since_refresh_ >= std::max(kRefreshEvery, ++pushed_ / 8)) refresh();
}

void LearningBuffer::refresh() {
    learned_ = learner_.learned_all();
    since_refresh_ = 0;
}

Article LearningBuffer::pop() {
    // The last articles in leave with everything learned up to the end.
    if (held_.size() <= lookahead_ && since_refresh_ > 0) refresh();
    Article article = std::move(held_.front());
    held_.pop_front();
    if (auto it = learned_.find(article.site); it != learned_.end())
        article.paragraphs = remove_site_boilerplate(std::move(article.paragraphs), it->second);
    return article;
}

BoilerplateLearner load_learner(const Xapian::Database& db) {
    BoilerplateLearner learner;
    for (auto key = db.metadata_keys_begin(kSiteKey); key != db.metadata_keys_end(kSiteKey); ++key)
        learner.deserialise_site(db.get_metadata(*key));
    return learner;
}

void save_learner(const BoilerplateLearner& learner, Xapian::WritableDatabase& db) {
    for (const auto& site : learner.sites()) db.set_metadata(kSiteKey + site, learner.serialise_site(site));
}

}  // namespace newsarc
