// Where a command writes a stream of records: standard output or a file, plain or zstd-compressed.
// A regular file appears under its name only once complete (written beside it, then renamed), so a
// failed or interrupted export never leaves a truncated file that looks whole. What is not a regular
// file is never replaced: a FIFO, a character device (/dev/null) or an open descriptor (/dev/fd/N,
// as `--output >(cmd)` gives) is written straight, and anything else is refused.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include <zstd.h>

namespace newsarc {

class OutputFile {
public:
    // `path` "-" or empty is standard output. A symbolic link is followed: its final target is the
    // path (see output_file.cc). Throws FatalError naming the path when it cannot be written: it is
    // a directory, a socket or a block device, or cannot be created or opened.
    OutputFile(const std::string& path, bool zstd, int level = 3);
    ~OutputFile();  // without finish(): the partial file is deleted
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Throws FatalError naming the file when writing fails (disk full...).
    void write(std::string_view bytes);
    // Ends the zstd frame, flushes, and gives a regular file its name.
    void finish();

    const std::string& name() const { return path_; }
    // The temporary file written until finish(); empty when the output is written straight.
    const std::string& partial_name() const { return partial_; }

private:
    void open_partial();
    void open_straight(int fd);
    void write_raw(const char* data, std::size_t size);
    void rename_into_place();
    [[noreturn]] void fail(const std::string& what);

    std::string path_;      // as given; "-" for standard output
    std::string target_;    // the regular file (or nothing) finish() replaces: path_ with links followed
    std::string partial_;   // what is written until finish(); empty when written straight
    std::FILE* file_ = nullptr;
    ZSTD_CCtx* zstd_ = nullptr;
    std::string buffer_;    // compressed output waiting to be written
    bool finished_ = false;
};

}  // namespace newsarc
