// Byte sources for the readers: files (or stdin), memory, zstd decompression, and peeking.
#pragma once

#include <cstddef>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace newsarc {

// A sequential source of bytes.
class ByteStream {
public:
    virtual ~ByteStream() = default;
    // Reads up to n bytes into buf; returns how many, 0 only at the end of the input.
    // Throws InputError when the stream is corrupt or truncated (or a read fails).
    virtual std::size_t read(char* buf, std::size_t n) = 0;
};

// A file could not be opened; what() is the system's reason (strerror), code() the errno.
class OpenError : public std::runtime_error {
public:
    OpenError(int code, const std::string& reason) : std::runtime_error(reason), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

// A file by path, or standard input for "-". Throws OpenError when it cannot be opened
// (missing, unreadable, a directory).
class FileStream : public ByteStream {
public:
    explicit FileStream(const std::string& path);
    ~FileStream() override;
    FileStream(const FileStream&) = delete;
    FileStream& operator=(const FileStream&) = delete;

    std::size_t read(char* buf, std::size_t n) override;

private:
    int fd_ = -1;
    bool owned_ = false;  // stdin is not ours to close
};

// Bytes held in memory (tests, small inputs).
class MemoryStream : public ByteStream {
public:
    explicit MemoryStream(std::string data) : data_(std::move(data)) {}
    std::size_t read(char* buf, std::size_t n) override;

private:
    std::string data_;
    std::size_t pos_ = 0;
};

// Streaming zstd decompression of another stream, with fixed-size buffers: the compressed and
// decompressed data are never held whole. Concatenated frames are read one after another.
// Throws InputError(0, "truncated zstd stream") when the input ends inside a frame, and
// InputError(0, "corrupt zstd stream: <zstd's reason>") on bad data.
class ZstdStream : public ByteStream {
public:
    explicit ZstdStream(std::unique_ptr<ByteStream> inner);
    ~ZstdStream() override;
    std::size_t read(char* buf, std::size_t n) override;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Wraps a stream so that its first bytes can be looked at (format sniffing) and then still read.
// An error met while peeking is kept and raised by read() once the peeked bytes are consumed,
// so that whatever came before a broken part is still delivered.
class PeekableStream : public ByteStream {
public:
    explicit PeekableStream(std::unique_ptr<ByteStream> inner) : inner_(std::move(inner)) {}
    // Up to n bytes from the current position, fewer only at the end (or at an error).
    // Valid until the next read() or peek().
    std::string_view peek(std::size_t n);
    std::size_t read(char* buf, std::size_t n) override;

private:
    std::unique_ptr<ByteStream> inner_;
    std::string buffer_;   // peeked and not yet read
    std::size_t pos_ = 0;  // first unread byte of buffer_
    bool at_end_ = false;
    std::exception_ptr error_;
};

// True when data starts with the zstd frame magic number (28 b5 2f fd).
bool has_zstd_magic(std::string_view data);

}  // namespace newsarc
