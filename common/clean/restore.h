// A stored article turned back into the raw article it stands for, so that a newer cleaner can
// clean it again when its original source is gone (`reindex`).
#pragma once

#include "common/model/article.h"

namespace newsarc {

// The RawArticle that cleans into `article` again: its own id (so identity is kept), title, authors
// as bylines, the date in ISO form, URL, section, paragraphs as lines separated by blank lines,
// tags, extra fields, format, and the file and line of its `source` ("path:line").
RawArticle raw_from_article(const Article& article);

}  // namespace newsarc
