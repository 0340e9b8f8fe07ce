// Byte sources: files, memory, streaming zstd decompression and a peeking wrapper.
#include "common/io/byte_stream.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include "common/base/diagnostic.h"

namespace newsarc {

// ---- FileStream ----

FileStream::FileStream(const std::string& path) {
    if (path == "-") {
        fd_ = STDIN_FILENO;
        return;
    }
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
        int err = errno;
        throw OpenError(err, std::strerror(err));
    }
    owned_ = true;
    // open() succeeds on a directory; say so now rather than at the first read.
    struct stat st {};
    if (::fstat(fd_, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd_);
        fd_ = -1;
        throw OpenError(EISDIR, std::strerror(EISDIR));
    }
}

FileStream::~FileStream() {
    if (owned_ && fd_ >= 0) ::close(fd_);
}

std::size_t FileStream::read(char* buf, std::size_t n) {
    for (;;) {
        ssize_t got = ::read(fd_, buf, n);
        if (got >= 0) return static_cast<std::size_t>(got);
        if (errno == EINTR) continue;
        throw InputError(0, std::string("read error: ") + std::strerror(errno));
    }
}

// ---- MemoryStream ----

std::size_t MemoryStream::read(char* buf, std::size_t n) {
    std::size_t count = std::min(n, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, count);
    pos_ += count;
    return count;
}

// ---- ZstdStream ----

namespace {
struct DStreamDeleter {
    void operator()(ZSTD_DStream* d) const { ZSTD_freeDStream(d); }
};
}  // namespace

struct ZstdStream::State {
    std::unique_ptr<ByteStream> inner;
    std::unique_ptr<ZSTD_DStream, DStreamDeleter> dstream;
    std::vector<char> in_buf;
    ZSTD_inBuffer in{nullptr, 0, 0};
    bool inner_done = false;
    // zstd's last return: 0 when a frame has just been completed (or nothing was read yet).
    std::size_t last_hint = 0;
};

ZstdStream::ZstdStream(std::unique_ptr<ByteStream> inner) : state_(std::make_unique<State>()) {
    state_->inner = std::move(inner);
    state_->dstream.reset(ZSTD_createDStream());
    if (!state_->dstream) throw std::bad_alloc();
    ZSTD_initDStream(state_->dstream.get());
    state_->in_buf.resize(ZSTD_DStreamInSize());
    state_->in.src = state_->in_buf.data();
}

ZstdStream::~ZstdStream() = default;

std::size_t ZstdStream::read(char* buf, std::size_t n) {
    State& s = *state_;
    if (n == 0) return 0;
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
        if (s.in.pos == s.in.size && !s.inner_done) {
            std::size_t got = s.inner->read(s.in_buf.data(), s.in_buf.size());
            s.in.size = got;
            s.in.pos = 0;
            if (got == 0) s.inner_done = true;
        }
        bool no_input = s.in.pos == s.in.size;
        if (no_input && s.inner_done && s.last_hint == 0) return 0;  // clean end between frames
        std::size_t ret = ZSTD_decompressStream(s.dstream.get(), &out, &s.in);
        if (ZSTD_isError(ret)) {
            throw InputError(0, std::string("corrupt zstd stream: ") + ZSTD_getErrorName(ret));
        }
        s.last_hint = ret;
        // No input left and nothing more came out: the frame can never be finished.
        if (no_input && s.inner_done && out.pos == 0 && ret != 0) {
            throw InputError(0, "truncated zstd stream");
        }
    }
    return out.pos;
}

// ---- PeekableStream ----

std::string_view PeekableStream::peek(std::size_t n) {
    if (pos_ > 0) {
        buffer_.erase(0, pos_);
        pos_ = 0;
    }
    while (buffer_.size() < n && !at_end_ && !error_) {
        std::size_t old = buffer_.size();
        buffer_.resize(n);
        try {
            std::size_t got = inner_->read(buffer_.data() + old, n - old);
            buffer_.resize(old + got);
            if (got == 0) at_end_ = true;
        } catch (const InputError&) {
            buffer_.resize(old);
            error_ = std::current_exception();
        }
    }
    return std::string_view(buffer_).substr(0, std::min(n, buffer_.size()));
}

std::size_t PeekableStream::read(char* buf, std::size_t n) {
    if (pos_ < buffer_.size()) {
        std::size_t count = std::min(n, buffer_.size() - pos_);
        std::memcpy(buf, buffer_.data() + pos_, count);
        pos_ += count;
        if (pos_ == buffer_.size()) {
            buffer_.clear();
            pos_ = 0;
        }
        return count;
    }
    if (error_) std::rethrow_exception(error_);
    if (at_end_) return 0;
    return inner_->read(buf, n);
}

bool has_zstd_magic(std::string_view data) {
    return data.size() >= 4 && static_cast<unsigned char>(data[0]) == 0x28 &&
           static_cast<unsigned char>(data[1]) == 0xb5 && static_cast<unsigned char>(data[2]) == 0x2f &&
           static_cast<unsigned char>(data[3]) == 0xfd;
}

}  // namespace newsarc
