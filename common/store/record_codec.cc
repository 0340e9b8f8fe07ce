// zstd compression of stored articles with archive-trained dictionaries behind a versioned header.
#include "common/store/record_codec.h"
#include "common/model/schema.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <xapian.h>
// For ZDICT_optimizeTrainFromBuffer_fastCover's thread count (exported by Debian's libzstd).
#define ZDICT_STATIC_LINKING_ONLY
#include <zdict.h>
#include <zstd.h>

namespace newsarc {
namespace {

constexpr char kMagic[2] = {'N', 'A'};
constexpr unsigned char kVersion = 1;
constexpr std::size_t kHeaderSize = 2 + 1 + 4;
const std::string kDictKey(schema::kMetaDictionary);
const std::string kCurrentDictKey(schema::kMetaCurrentDictionary);

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

void check(std::size_t code, const char* what) {
    if (ZSTD_isError(code)) throw std::runtime_error(std::string(what) + ": " + ZSTD_getErrorName(code));
}

}  // namespace

// Digested dictionaries, shared by every thread. The compression side is digested on first use:
// searches only decompress, and digesting for compression costs about a millisecond.
struct RecordCodec::Dictionary {
    explicit Dictionary(std::string b)
        : bytes(std::move(b)), decompress(ZSTD_createDDict(bytes.data(), bytes.size())) {
        if (!decompress) throw std::runtime_error("invalid zstd dictionary");
    }
    ~Dictionary() {
        ZSTD_freeCDict(compress_);
        ZSTD_freeDDict(decompress);
    }
    Dictionary(const Dictionary&) = delete;
    Dictionary& operator=(const Dictionary&) = delete;

    ZSTD_CDict* compress() const {
        std::call_once(compress_once_, [&] { compress_ = ZSTD_createCDict(bytes.data(), bytes.size(), kLevel); });
        if (!compress_) throw std::runtime_error("invalid zstd dictionary");
        return compress_;
    }

    std::string bytes;
    ZSTD_DDict* decompress;

private:
    mutable std::once_flag compress_once_;
    mutable ZSTD_CDict* compress_ = nullptr;
};

RecordCodec RecordCodec::from_database(const Xapian::Database& db) {
    RecordCodec codec;
    for (auto key = db.metadata_keys_begin(kDictKey); key != db.metadata_keys_end(kDictKey); ++key) {
        if (*key == kCurrentDictKey) continue;
        std::uint32_t id = static_cast<std::uint32_t>(std::stoul((*key).substr(kDictKey.size())));
        codec.dictionaries_[id] = std::make_shared<const Dictionary>(db.get_metadata(*key));
    }
    std::string current = db.get_metadata(kCurrentDictKey);
    if (!current.empty()) codec.current_ = static_cast<std::uint32_t>(std::stoul(current));
    return codec;
}

void RecordCodec::use_dictionary(std::uint32_t id, std::string dictionary) {
    if (id == 0) throw std::invalid_argument("dictionary id 0 means no dictionary");
    dictionaries_[id] = std::make_shared<const Dictionary>(std::move(dictionary));
    current_ = id;
}

void RecordCodec::save_to(Xapian::WritableDatabase& db) const {
    if (current_ == 0) return;
    db.set_metadata(kDictKey + std::to_string(current_), dictionaries_.at(current_)->bytes);
    db.set_metadata(kCurrentDictKey, std::to_string(current_));
}

std::string RecordCodec::encode(std::string_view payload) const {
    std::string out(kHeaderSize + ZSTD_compressBound(payload.size()), '\0');
    out[0] = kMagic[0];
    out[1] = kMagic[1];
    out[2] = static_cast<char>(kVersion);
    for (int i = 0; i < 4; ++i) out[3 + i] = static_cast<char>((current_ >> (8 * i)) & 0xff);
    char* dst = out.data() + kHeaderSize;
    std::size_t capacity = out.size() - kHeaderSize;
    std::size_t n = current_ == 0
                        ? ZSTD_compressCCtx(compression_context(), dst, capacity, payload.data(), payload.size(), kLevel)
                        : ZSTD_compress_usingCDict(compression_context(), dst, capacity, payload.data(),
                                                   payload.size(), dictionaries_.at(current_)->compress());
    check(n, "zstd");
    out.resize(kHeaderSize + n);
    return out;
}

std::string RecordCodec::decode(std::string_view record) const {
    if (record.size() < kHeaderSize || record[0] != kMagic[0] || record[1] != kMagic[1])
        throw std::runtime_error("stored record has no newsarc header");
    if (static_cast<unsigned char>(record[2]) != kVersion)
        throw std::runtime_error("stored record version " + std::to_string(static_cast<unsigned char>(record[2])) +
                                 " is newer than this newsarc");
    std::uint32_t id = 0;
    for (int i = 0; i < 4; ++i) id |= std::uint32_t(static_cast<unsigned char>(record[3 + i])) << (8 * i);
    std::string_view frame = record.substr(kHeaderSize);
    unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        throw std::runtime_error("stored record is corrupt");
    std::string out(size, '\0');
    std::size_t n;
    if (id == 0) {
        n = ZSTD_decompressDCtx(decompression_context(), out.data(), out.size(), frame.data(), frame.size());
    } else {
        auto it = dictionaries_.find(id);
        if (it == dictionaries_.end())
            throw std::runtime_error("stored record needs zstd dictionary " + std::to_string(id) +
                                     ", which the database does not hold");
        n = ZSTD_decompress_usingDDict(decompression_context(), out.data(), out.size(), frame.data(), frame.size(),
                                       it->second->decompress);
    }
    check(n, "stored record");
    out.resize(n);
    return out;
}

std::string train_dictionary(const std::vector<std::string>& samples, std::size_t size) {
    std::string joined;
    std::vector<std::size_t> sizes;
    for (const auto& s : samples) {
        joined += s;
        sizes.push_back(s.size());
    }
    // zstd needs many samples, and a dictionary much smaller than what it learns from.
    size = std::min(size, joined.size() / 8);
    if (samples.size() < 100 || size < 4096) return {};
    std::string dictionary(size, '\0');
    // ZDICT_trainFromBuffer's own parameters (fastCover, d 8, four steps of k), with its candidate
    // k values tried on two threads: training holds up every writer of a first build.
    ZDICT_fastCover_params_t params{};
    params.d = 8;
    params.steps = 4;
    params.nbThreads = std::min(2u, std::max(1u, std::thread::hardware_concurrency()));
    params.zParams.compressionLevel = RecordCodec::kLevel;
    std::size_t n = ZDICT_optimizeTrainFromBuffer_fastCover(dictionary.data(), dictionary.size(), joined.data(),
                                                            sizes.data(), static_cast<unsigned>(sizes.size()), &params);
    if (ZDICT_isError(n)) return {};
    dictionary.resize(n);
    return dictionary;
}

}  // namespace newsarc
