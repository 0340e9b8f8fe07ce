// zstd compression of stored articles behind a small versioned header.
#include "common/store/record_codec.h"

#include <memory>
#include <stdexcept>
#include <zstd.h>

namespace newsarc {
namespace {

constexpr char kMagic[2] = {'N', 'A'};
constexpr unsigned char kVersion = 1;
constexpr std::size_t kHeaderSize = 2 + 1 + 4;

struct CCtxDeleter { void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); } };
struct DCtxDeleter { void operator()(ZSTD_DCtx* c) const { ZSTD_freeDCtx(c); } };

// One context per thread: creating a context per record costs more than compressing a short article.
ZSTD_CCtx* compression_context() {
    thread_local std::unique_ptr<ZSTD_CCtx, CCtxDeleter> ctx(ZSTD_createCCtx());
    return ctx.get();
}

ZSTD_DCtx* decompression_context() {
    thread_local std::unique_ptr<ZSTD_DCtx, DCtxDeleter> ctx(ZSTD_createDCtx());
    return ctx.get();
}

}  // namespace

std::string encode_record(std::string_view payload, int level) {
    std::string out(kHeaderSize + ZSTD_compressBound(payload.size()), '\0');
    out[0] = kMagic[0];
    out[1] = kMagic[1];
    out[2] = static_cast<char>(kVersion);
    // Dictionary id 0: no dictionary yet.
    std::size_t n = ZSTD_compressCCtx(compression_context(), out.data() + kHeaderSize,
                                      out.size() - kHeaderSize, payload.data(), payload.size(), level);
    if (ZSTD_isError(n)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(n));
    out.resize(kHeaderSize + n);
    return out;
}

std::string decode_record(std::string_view record) {
    if (record.size() < kHeaderSize || record[0] != kMagic[0] || record[1] != kMagic[1])
        throw std::runtime_error("stored record has no newsarc header");
    if (static_cast<unsigned char>(record[2]) != kVersion)
        throw std::runtime_error("stored record version " +
                                 std::to_string(static_cast<unsigned char>(record[2])) +
                                 " is newer than this newsarc");
    std::uint32_t dict = 0;
    for (int i = 0; i < 4; ++i) dict |= std::uint32_t(static_cast<unsigned char>(record[3 + i])) << (8 * i);
    if (dict != 0) throw std::runtime_error("stored record needs zstd dictionary " + std::to_string(dict));
    std::string_view frame = record.substr(kHeaderSize);
    unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        throw std::runtime_error("stored record is corrupt");
    std::string out(size, '\0');
    std::size_t n = ZSTD_decompressDCtx(decompression_context(), out.data(), out.size(), frame.data(),
                                        frame.size());
    if (ZSTD_isError(n)) throw std::runtime_error(std::string("stored record: ") + ZSTD_getErrorName(n));
    out.resize(n);
    return out;
}

}  // namespace newsarc
