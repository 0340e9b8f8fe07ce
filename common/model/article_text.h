// The human-readable rendering of a whole article: `clean --format text` and `newsarc-query --show`.
#pragma once

#include <ostream>

#include "common/model/article.h"

namespace newsarc {

// Fields one per line ("title:     …"), a blank line, then the body's paragraphs.
void write_article_text(const Article& article, std::ostream& out);

}  // namespace newsarc
