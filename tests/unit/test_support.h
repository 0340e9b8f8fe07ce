// Helpers the unit tests share: reading files, draining readers, cleaned real articles, an archive
// of them.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "common/clean/cleaner.h"
#include "common/index/document_builder.h"
#include "common/index/index_settings.h"
#include "common/readers/reader.h"

namespace newsarc::testing {

// The bytes of a file.
inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every item a reader yields.
inline std::vector<ReadItem> drain(Reader& reader) {
    std::vector<ReadItem> items;
    while (auto item = reader.next()) items.push_back(std::move(*item));
    return items;
}

// The one item of a file rejected whole, which must be a diagnostic.
inline Diagnostic only_error(const std::vector<ReadItem>& items) {
    EXPECT_EQ(items.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<Diagnostic>(items.at(0)));
    return std::get<Diagnostic>(items.at(0));
}

// The articles of a file as the indexer cleans them (rejected ones left out).
inline std::vector<Article> cleaned_articles(const std::string& path) {
    std::vector<Article> out;
    auto reader = open_reader(path);
    while (auto item = reader->next()) {
        auto* raw = std::get_if<RawArticle>(&*item);
        if (!raw) continue;
        try {
            out.push_back(clean_article(*raw).article);
        } catch (const InputError&) {
        }
    }
    return out;
}

// The seed article as the project's own reader gives it, its source path as the user would type it.
inline RawArticle seed_raw_article() {
    auto items = drain(*open_reader(NEWSARC_TEST_DATA "/seed/000_bb8a75b0104a1e04.txt"));
    RawArticle raw = std::get<RawArticle>(items.at(0));
    raw.source_path = "tests/data/seed/000_bb8a75b0104a1e04.txt";
    return raw;
}

// The 1,000 Reuters articles bundled with the project.
// A fresh, empty folder of this test's own under GoogleTest's temporary folder: its name holds
// `what`, the pid and the test's name, so that tests running at once never share one.
inline std::filesystem::path fresh_test_folder(const std::string& what) {
    std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) /
                                ("newsarc-" + what + "-" + std::to_string(::getpid()) + "-" +
                                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline const std::string kReut2000 = NEWSARC_TEST_DATA "/reuters/reut2-000.sgm";

// A glass archive at `path` (replacing whatever is there) of kReut2000's articles as the indexer
// cleans and builds them, without a stored-text dictionary, with `settings` kept in it as `add` keeps
// them.
inline void build_reuters_archive(const std::string& path, IndexSettings settings = {}) {
    Xapian::WritableDatabase w(path, Xapian::DB_CREATE_OR_OVERWRITE);
    settings.save_to(w);
    RecordCodec codec;
    DocumentBuilder builder(codec, settings);
    for (const auto& article : cleaned_articles(kReut2000))
        w.replace_document(DocumentBuilder::id_term(article.id), builder.build(article));
    w.commit();
}

// An in-memory database of `articles` as DocumentBuilder builds them (no stored-text dictionary),
// for tests that search real articles without a folder.
inline Xapian::Database memory_archive(const std::vector<Article>& articles, IndexSettings settings = {}) {
    Xapian::WritableDatabase w(std::string(), Xapian::DB_BACKEND_INMEMORY);
    RecordCodec codec;
    DocumentBuilder builder(codec, settings);
    for (const auto& article : articles) w.replace_document(DocumentBuilder::id_term(article.id), builder.build(article));
    w.commit();
    return w;
}

}  // namespace newsarc::testing
