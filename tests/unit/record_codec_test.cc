// Tests of the stored-record codec: round trips with and without a trained dictionary, the gain the
// dictionary brings on real Reuters articles, and clear errors on damage.
#include "common/store/record_codec.h"

#include <filesystem>
#include <stdexcept>

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"
#include <xapian.h>

#include "common/model/article_json.h"
#include "common/clean/cleaner.h"
#include "common/readers/reader.h"

namespace newsarc {
namespace {

// The cleaned Reuters articles of reut2-000.sgm as the JSON the store compresses.
std::vector<std::string> reuters_records() {
    std::vector<std::string> out;
    for (const auto& a : testing::cleaned_articles(testing::kReut2000)) out.push_back(article_to_json(a));
    return out;
}

TEST(RecordCodec, RoundTripsWithoutDictionary) {
    RecordCodec codec;
    for (const std::string& text : std::vector<std::string>{"", "short", std::string(100000, 'x')}) EXPECT_EQ(codec.decode(codec.encode(text)), text);
}

TEST(RecordCodec, ArchiveTrainedDictionaryHalvesStoredSize) {
    auto records = reuters_records();
    ASSERT_GT(records.size(), 900u);
    // Train on the first half, measure on the second, as an archive grows after its dictionary.
    std::vector<std::string> first(records.begin(), records.begin() + records.size() / 2);
    std::string dictionary = train_dictionary(first);
    ASSERT_FALSE(dictionary.empty());
    RecordCodec plain, trained;
    trained.use_dictionary(1, dictionary);
    std::size_t raw = 0, plain_size = 0, trained_size = 0;
    for (std::size_t i = records.size() / 2; i < records.size(); ++i) {
        raw += records[i].size();
        plain_size += plain.encode(records[i]).size();
        std::string encoded = trained.encode(records[i]);
        trained_size += encoded.size();
        ASSERT_EQ(trained.decode(encoded), records[i]);
    }
    double plain_ratio = double(plain_size) / raw, trained_ratio = double(trained_size) / raw;
    std::cout << "stored/raw on reut2-000 (second half): per-record zstd " << plain_ratio << ", with dictionary "
              << trained_ratio << "\n";
    EXPECT_LT(trained_ratio, 0.4);
    EXPECT_LT(trained_ratio, plain_ratio * 0.8);
}

TEST(RecordCodec, DictionariesTravelInTheDatabaseByVersion) {
    auto records = reuters_records();
    RecordCodec first;
    first.use_dictionary(1, train_dictionary(records));
    std::string old_record = first.encode(records[0]);

    // A real (glass) database: the in-memory backend cannot list metadata keys.
    std::string path = ::testing::TempDir() + "/record_codec_dictionaries";
    std::filesystem::remove_all(path);
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    first.save_to(db);
    RecordCodec second = RecordCodec::from_database(db);
    second.use_dictionary(2, train_dictionary(std::vector<std::string>(records.rbegin(), records.rend())));
    second.save_to(db);

    RecordCodec reopened = RecordCodec::from_database(db);
    EXPECT_EQ(reopened.current_id(), 2u);
    EXPECT_EQ(reopened.decode(old_record), records[0]);  // written with dictionary 1, still readable
    EXPECT_EQ(reopened.decode(reopened.encode(records[1])), records[1]);
    EXPECT_THROW(RecordCodec().decode(old_record), std::runtime_error);  // without it: a clear error
    db.close();
    std::filesystem::remove_all(path);
}

TEST(RecordCodec, TooFewSamplesTrainNothing) {
    EXPECT_TRUE(train_dictionary({"a", "b"}).empty());
}

TEST(RecordCodec, RejectsDamage) {
    RecordCodec codec;
    std::string record = codec.encode("some article text, some article text");
    EXPECT_THROW(codec.decode("plain text"), std::runtime_error);
    std::string newer = record;
    newer[2] = 9;
    EXPECT_THROW(codec.decode(newer), std::runtime_error);
    EXPECT_THROW(codec.decode(record.substr(0, record.size() - 4)), std::runtime_error);
}

}  // namespace
}  // namespace newsarc
