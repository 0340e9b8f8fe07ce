// LineReader: splits a ByteStream into lines through a fixed-size buffer.
#include "common/io/line_reader.h"

#include <algorithm>
#include <cstring>

namespace newsarc {

std::string overlong_line_reason(std::size_t length) {
    return "line is " + std::to_string(length) + " bytes long, more than the " +
           std::to_string(kMaxLineBytes / (1024 * 1024)) + " MiB a line may have";
}

LineReader::LineReader(ByteStream& stream, std::size_t buffer_size, std::size_t max_line)
    : stream_(stream), buffer_(buffer_size == 0 ? 1 : buffer_size), max_line_(max_line) {}

bool LineReader::fill() {
    if (at_end_) return false;
    begin_ = end_ = 0;
    std::size_t got = stream_.read(buffer_.data(), buffer_.size());
    if (got == 0) {
        at_end_ = true;
        return false;
    }
    end_ = got;
    return true;
}

bool LineReader::next(std::string& line) {
    line.clear();
    length_ = 0;
    bool any = false;  // saw at least one byte of this line (or its newline)
    // Appends a piece of the line, keeping at most max_line_ bytes of it.
    auto take = [&](const char* start, std::size_t len) {
        length_ += len;
        if (line.size() < max_line_) line.append(start, std::min(len, max_line_ - line.size()));
    };
    for (;;) {
        if (begin_ == end_ && !fill()) break;
        any = true;
        const char* start = buffer_.data() + begin_;
        const void* nl = std::memchr(start, '\n', end_ - begin_);
        if (nl) {
            std::size_t len = static_cast<const char*>(nl) - start;
            take(start, len);
            begin_ += len + 1;
            break;
        }
        take(start, end_ - begin_);
        begin_ = end_;
    }
    if (!any) return false;
    if (!line.empty() && line.back() == '\r' && !overlong()) {
        line.pop_back();
        --length_;
    }
    ++line_number_;
    return true;
}

}  // namespace newsarc
