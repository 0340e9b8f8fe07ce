// Tests of the stored-record codec: round trip, compression, and clear errors on damage.
#include "common/store/record_codec.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

namespace newsarc {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(RecordCodec, RoundTripsTheSeedAndCompressesIt) {
    std::string seed = read_file(NEWSARC_TEST_DATA "/seed/000_bb8a75b0104a1e04.txt");
    ASSERT_GT(seed.size(), 10000u);
    std::string record = encode_record(seed);
    EXPECT_LT(record.size(), seed.size() / 2);  // the seed repeats itself: zstd must shrink it
    EXPECT_EQ(decode_record(record), seed);
}

TEST(RecordCodec, RoundTripsEmpty) { EXPECT_EQ(decode_record(encode_record("")), ""); }

TEST(RecordCodec, RejectsDamage) {
    std::string record = encode_record("some article text, some article text");
    EXPECT_THROW(decode_record("plain text"), std::runtime_error);
    std::string newer = record;
    newer[2] = 9;
    EXPECT_THROW(decode_record(newer), std::runtime_error);
    std::string cut = record.substr(0, record.size() - 4);
    EXPECT_THROW(decode_record(cut), std::runtime_error);
}

}  // namespace
}  // namespace newsarc
