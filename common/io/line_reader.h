// LineReader: lines of a ByteStream, one at a time, with their line numbers.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/io/byte_stream.h"

namespace newsarc {

class LineReader {
public:
    // The stream must outlive the reader.
    explicit LineReader(ByteStream& stream, std::size_t buffer_size = 64 * 1024);

    // The next line without its "\n" or "\r\n"; false at the end of the input. A last line
    // without a newline is still a line. Throws what the stream throws (InputError).
    bool next(std::string& line);

    // 1-based number of the last line returned (0 before the first).
    std::size_t line_number() const { return line_number_; }

private:
    bool fill();

    ByteStream& stream_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0;  // unread part of buffer_ is [begin_, end_)
    std::size_t end_ = 0;
    bool at_end_ = false;
    std::size_t line_number_ = 0;
};

}  // namespace newsarc
