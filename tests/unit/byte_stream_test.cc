// Tests of the byte streams: files, memory, zstd decompression (whole, truncated, corrupt), peeking.
#include "common/io/byte_stream.h"

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"
#include <zstd.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "common/base/diagnostic.h"

namespace newsarc {

namespace {

using testing::slurp;

const std::string kData = NEWSARC_TEST_DATA;
const std::string kSeed = kData + "/seed/000_bb8a75b0104a1e04.txt";

std::string read_all(ByteStream& s, std::size_t chunk = 7) {
    std::string out;
    std::string buf(chunk, '\0');
    while (std::size_t got = s.read(buf.data(), buf.size())) out.append(buf, 0, got);
    return out;
}

std::string compress(const std::string& data, int level = 3) {
    std::string out(ZSTD_compressBound(data.size()), '\0');
    std::size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), level);
    EXPECT_FALSE(ZSTD_isError(n));
    out.resize(n);
    return out;
}

std::string zstd_error_of(ByteStream& s) {
    try {
        read_all(s, 4096);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST(ByteStream, MemoryStreamReadsInChunks) {
    MemoryStream s("hello, world");
    EXPECT_EQ(read_all(s, 5), "hello, world");
    char c;
    EXPECT_EQ(s.read(&c, 1), 0u);
}

TEST(ByteStream, FileStreamReadsTheSeed) {
    FileStream f(kSeed);
    std::string text = read_all(f, 1000);
    EXPECT_EQ(text.size(), 13506u);
    EXPECT_TRUE(text.starts_with("Israeli military secretary was in Moscow"));
}

TEST(ByteStream, FileStreamOpenFailureCarriesStrerror) {
    try {
        FileStream f(kData + "/no-such-file.txt");
        FAIL() << "expected OpenError";
    } catch (const OpenError& e) {
        EXPECT_STREQ(e.what(), "No such file or directory");
        EXPECT_EQ(e.code(), ENOENT);
    }
    EXPECT_THROW(FileStream f(kData), OpenError);  // a directory
}

TEST(ByteStream, ZstdStreamDecompressesTheSeedFixture) {
    ZstdStream z(std::make_unique<FileStream>(kData + "/good/seed.txt.zst"));
    EXPECT_EQ(read_all(z, 100), slurp(kSeed));
}

TEST(ByteStream, ZstdStreamHandlesLargeInputWithSmallReads) {
    // Bigger than zstd's 128 KB block and its input buffer, so several refills and flushes happen.
    std::string big;
    for (int i = 0; big.size() < 600 * 1024; ++i) big += "line " + std::to_string(i * 7919 % 100003) + "\n";
    ZstdStream z(std::make_unique<MemoryStream>(compress(big)));
    EXPECT_EQ(read_all(z, 333), big);
}

TEST(ByteStream, ZstdStreamReadsConcatenatedFrames) {
    ZstdStream z(std::make_unique<MemoryStream>(compress("first frame\n") + compress("second frame\n")));
    EXPECT_EQ(read_all(z), "first frame\nsecond frame\n");
}

TEST(ByteStream, ZstdStreamRejectsTruncatedFixture) {
    ZstdStream z(std::make_unique<FileStream>(kData + "/bad/truncated.txt.zst"));
    EXPECT_EQ(zstd_error_of(z), "truncated zstd stream");
}

TEST(ByteStream, ZstdStreamRejectsEveryTruncation) {
    std::string big;
    for (int i = 0; i < 20000; ++i) big += std::to_string(i * 31337 % 9973) + " ";
    std::string packed = compress(big);
    for (std::size_t cut : {std::size_t{1}, std::size_t{5}, packed.size() / 3, packed.size() - 1}) {
        ZstdStream z(std::make_unique<MemoryStream>(packed.substr(0, cut)));
        EXPECT_EQ(zstd_error_of(z), "truncated zstd stream") << "cut at " << cut;
    }
}

TEST(ByteStream, ZstdStreamRejectsCorruptData) {
    std::string packed = compress(slurp(kSeed));
    for (std::size_t i = 20; i < packed.size() - 8; i += 13) packed[i] = static_cast<char>(packed[i] ^ 0x5a);
    ZstdStream z(std::make_unique<MemoryStream>(packed));
    EXPECT_TRUE(zstd_error_of(z).starts_with("corrupt zstd stream: "));

    ZstdStream not_zstd(std::make_unique<MemoryStream>("plain text, no frame here"));
    EXPECT_TRUE(zstd_error_of(not_zstd).starts_with("corrupt zstd stream: "));
}

TEST(ByteStream, ZstdStreamOfEmptyInputIsEmpty) {
    ZstdStream z(std::make_unique<MemoryStream>(""));
    EXPECT_EQ(read_all(z), "");
}

TEST(ByteStream, PeekDoesNotConsume) {
    PeekableStream p(std::make_unique<MemoryStream>("abcdefgh"));
    EXPECT_EQ(p.peek(3), "abc");
    EXPECT_EQ(p.peek(20), "abcdefgh");
    char buf[2];
    ASSERT_EQ(p.read(buf, 2), 2u);
    EXPECT_EQ(std::string(buf, 2), "ab");
    EXPECT_EQ(p.peek(2), "cd");
    EXPECT_EQ(read_all(p, 3), "cdefgh");
}

TEST(ByteStream, PeekKeepsAnErrorForAfterTheGoodBytes) {
    // A stream that yields some bytes and then fails, as a truncated .zst does.
    struct Failing : ByteStream {
        int calls = 0;
        std::size_t read(char* buf, std::size_t n) override {
            if (calls++ > 0) throw InputError(0, "truncated zstd stream");
            std::size_t k = std::min<std::size_t>(n, 4);
            std::memcpy(buf, "good", k);
            return k;
        }
    };
    PeekableStream p(std::make_unique<Failing>());
    EXPECT_EQ(p.peek(100), "good");
    char buf[10];
    EXPECT_EQ(p.read(buf, 10), 4u);
    EXPECT_THROW(p.read(buf, 10), InputError);
}

TEST(ByteStream, ZstdMagic) {
    EXPECT_TRUE(has_zstd_magic(slurp(kData + "/good/seed.txt.zst")));
    EXPECT_FALSE(has_zstd_magic(slurp(kSeed)));
    EXPECT_FALSE(has_zstd_magic("\x28\xb5"));
}

}  // namespace newsarc
