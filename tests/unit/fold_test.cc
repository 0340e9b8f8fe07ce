// Tests of accent folding for search.
#include "common/text/fold.h"

#include <gtest/gtest.h>

namespace newsarc {
namespace {

TEST(FoldForSearch, StripsAccentsKeepsEverythingElse) {
    const std::pair<const char*, const char*> cases[] = {
        {"José Martí", "Jose Marti"},
        {"naïve café", "naive cafe"},
        {"Müller-Lüdenscheidt", "Muller-Ludenscheidt"},
        {"Israel’s “ceasefire” – now", "Israel’s “ceasefire” – now"},  // quotes and dashes are not marks
        {"Łódź", "Łodz"},                                               // ł has no decomposition
        {"e\xcc\x81", "e"},                                             // decomposed é
        {"plain ASCII", "plain ASCII"},
        {"", ""},
    };
    for (const auto& [in, want] : cases) EXPECT_EQ(fold_for_search(in), want) << in;
}

TEST(FoldForSearch, LeavesInvalidUtf8Alone) {
    EXPECT_EQ(fold_for_search("bad \xff é"), "bad \xff é");
}

}  // namespace
}  // namespace newsarc
