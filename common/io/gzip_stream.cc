// GzipStream: zlib inflate over a ByteStream, member after member.
#include "common/io/gzip_stream.h"

#include <zlib.h>

#include <new>
#include <string>
#include <vector>

#include "common/base/diagnostic.h"

namespace newsarc {

namespace {
constexpr std::size_t kInBufBytes = 64 * 1024;
}  // namespace

struct GzipStream::State {
    std::unique_ptr<ByteStream> inner;
    z_stream z{};
    std::vector<unsigned char> in_buf;
    bool inner_done = false;
    bool in_member = false;  // inside a member: its end has not been seen yet
};

GzipStream::GzipStream(std::unique_ptr<ByteStream> inner) : state_(std::make_unique<State>()) {
    state_->inner = std::move(inner);
    state_->in_buf.resize(kInBufBytes);
    // 16 + MAX_WBITS: gzip wrapper only.
    if (inflateInit2(&state_->z, 16 + MAX_WBITS) != Z_OK) throw std::bad_alloc();
}

GzipStream::~GzipStream() { inflateEnd(&state_->z); }

std::size_t GzipStream::read(char* buf, std::size_t n) {
    State& s = *state_;
    if (n == 0) return 0;
    s.z.next_out = reinterpret_cast<unsigned char*>(buf);
    s.z.avail_out = static_cast<uInt>(n);
    while (s.z.avail_out == n) {
        if (s.z.avail_in == 0 && !s.inner_done) {
            std::size_t got = s.inner->read(reinterpret_cast<char*>(s.in_buf.data()), s.in_buf.size());
            s.z.next_in = s.in_buf.data();
            s.z.avail_in = static_cast<uInt>(got);
            if (got == 0) s.inner_done = true;
        }
        if (s.z.avail_in == 0 && s.inner_done) {
            if (s.in_member) throw InputError(0, "truncated gzip stream");
            return 0;
        }
        s.in_member = true;
        int ret = inflate(&s.z, Z_NO_FLUSH);
        if (ret == Z_STREAM_END) {
            // The next member, if any, starts with a fresh header.
            s.in_member = false;
            inflateReset(&s.z);
        } else if (ret == Z_BUF_ERROR) {
            if (s.z.avail_in == 0 && s.inner_done) throw InputError(0, "truncated gzip stream");
        } else if (ret != Z_OK) {
            throw InputError(0, std::string("corrupt gzip stream: ") + (s.z.msg ? s.z.msg : "bad data"));
        }
    }
    return n - s.z.avail_out;
}

bool has_gzip_magic(std::string_view data) {
    return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
           static_cast<unsigned char>(data[1]) == 0x8b;
}

}  // namespace newsarc
