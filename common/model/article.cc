// Article helpers.
#include "common/model/article.h"

namespace newsarc {

std::string Article::body() const {
    std::string out;
    for (const auto& p : paragraphs) {
        if (!out.empty()) out += "\n\n";
        out += p;
    }
    return out;
}

}  // namespace newsarc
