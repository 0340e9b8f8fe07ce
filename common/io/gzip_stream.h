// Streaming gzip decompression (zlib), for .html.gz pages and .warc.gz files (one member per record).
#pragma once

#include <memory>
#include <string_view>

#include "common/io/byte_stream.h"

namespace newsarc {

// Decompresses another stream with fixed-size buffers; concatenated gzip members (a WARC's
// per-record members) are read one after another as one stream. Throws
// InputError(0, "truncated gzip stream") when the input ends inside a member, and
// InputError(0, "corrupt gzip stream: <zlib's reason>") on bad data.
class GzipStream : public ByteStream {
public:
    explicit GzipStream(std::unique_ptr<ByteStream> inner);
    ~GzipStream() override;
    std::size_t read(char* buf, std::size_t n) override;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// True when data starts with the gzip magic number (1f 8b).
bool has_gzip_magic(std::string_view data);

}  // namespace newsarc
