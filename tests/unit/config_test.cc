// The configuration file as CLI11's TOML reader gives it, and the errors a user sees.
#include "common/cli/config.h"

#include <gtest/gtest.h>

#include "common/base/diagnostic.h"

namespace newsarc {
namespace {

TEST(Config, ReadsKnownSettingsWithTheirOrigin) {
    Config c = Config::parse("# team settings\ndb = \"~/news\"\nlimit = 20\ncolor = never\n"
                             "boilerplate = [\"a.txt\", \"b.txt\"]\n",
                             "config file /etc/x");
    EXPECT_EQ(c.get("db"), "~/news");
    EXPECT_EQ(c.get("limit"), "20");
    EXPECT_EQ(c.get("color"), "never");
    ASSERT_NE(c.find("boilerplate"), nullptr);
    EXPECT_EQ(c.find("boilerplate")->values, (std::vector<std::string>{"a.txt", "b.txt"}));
    EXPECT_EQ(c.find("limit")->origin, "config file /etc/x");
    EXPECT_FALSE(c.get("wait").has_value());
}

TEST(Config, AnUnknownSettingIsNamedWithTheKnownOnes) {
    try {
        Config::parse("limt = 3\n", "config file f");
        FAIL() << "an unknown key was accepted";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "config file f: unknown setting \"limt\" (known: db, limit, color, boilerplate, wait, jobs)");
    }
}

TEST(Config, SectionsAreRefused) {
    EXPECT_THROW(Config::parse("[query]\nlimit = 3\n", "config file f"), UsageError);
}

TEST(Config, HomeIsExpanded) {
    ::setenv("HOME", "/home/me", 1);
    EXPECT_EQ(expand_home("~/news"), "/home/me/news");
    EXPECT_EQ(expand_home("/abs/~x"), "/abs/~x");
}

TEST(Config, TheConfigOptionIsFoundAnywhereBeforeDoubleDash) {
    const char* a[] = {"prog", "add", "--config", "x.toml", "f"};
    EXPECT_EQ(config_path_from_args(5, a), "x.toml");
    const char* b[] = {"prog", "--config=y.toml", "q"};
    EXPECT_EQ(config_path_from_args(3, b), "y.toml");
    const char* c[] = {"prog", "--", "--config", "z"};
    EXPECT_EQ(config_path_from_args(4, c), "");
}

}  // namespace
}  // namespace newsarc
