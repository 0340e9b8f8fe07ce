// LineReader: splits a ByteStream into lines through a fixed-size buffer.
#include "common/io/line_reader.h"

#include <cstring>

namespace newsarc {

LineReader::LineReader(ByteStream& stream, std::size_t buffer_size)
    : stream_(stream), buffer_(buffer_size == 0 ? 1 : buffer_size) {}

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
    bool any = false;  // saw at least one byte of this line (or its newline)
    for (;;) {
        if (begin_ == end_ && !fill()) break;
        any = true;
        const char* start = buffer_.data() + begin_;
        const void* nl = std::memchr(start, '\n', end_ - begin_);
        if (nl) {
            std::size_t len = static_cast<const char*>(nl) - start;
            line.append(start, len);
            begin_ += len + 1;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            ++line_number_;
            return true;
        }
        line.append(start, end_ - begin_);
        begin_ = end_;
    }
    if (!any) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++line_number_;
    return true;
}

}  // namespace newsarc
