// LineReader: lines of a ByteStream, one at a time, with their line numbers.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/io/byte_stream.h"

namespace newsarc {

// No article has a line this long; past it a line is cut so that memory stays bounded whatever
// the input (a 50 MB line of base64, a file without newlines), and readers reject it.
inline constexpr std::size_t kMaxLineBytes = 16 * 1024 * 1024;

// The reason a reader gives for a line longer than kMaxLineBytes: "line is 52428800 bytes long…".
std::string overlong_line_reason(std::size_t length);

class LineReader {
public:
    // The stream must outlive the reader.
    explicit LineReader(ByteStream& stream, std::size_t buffer_size = 64 * 1024,
                        std::size_t max_line = kMaxLineBytes);

    // The next line without its "\n" or "\r\n"; false at the end of the input. A last line
    // without a newline is still a line. A line longer than max_line is returned cut to max_line
    // bytes with overlong() true (the rest is read and dropped). Throws what the stream throws
    // (InputError).
    bool next(std::string& line);

    // 1-based number of the last line returned (0 before the first).
    std::size_t line_number() const { return line_number_; }

    // Whether the last line returned was cut, and its length in the input (without the newline).
    bool overlong() const { return length_ > max_line_; }
    std::size_t length() const { return length_; }

private:
    bool fill();

    ByteStream& stream_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0;  // unread part of buffer_ is [begin_, end_)
    std::size_t end_ = 0;
    bool at_end_ = false;
    std::size_t line_number_ = 0;
    std::size_t max_line_;
    std::size_t length_ = 0;
};

}  // namespace newsarc
