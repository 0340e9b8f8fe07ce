// Where a command writes a stream of records: standard output or a file, plain or zstd-compressed.
// A file appears under its name only once complete (written beside it, then renamed), so a failed
// or interrupted export never leaves a truncated file that looks whole.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include <zstd.h>

namespace newsarc {

class OutputFile {
public:
    // `path` "-" or empty is standard output. Throws FatalError when the file cannot be created.
    OutputFile(const std::string& path, bool zstd, int level = 3);
    ~OutputFile();  // without finish(): the partial file is deleted
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Throws FatalError naming the file when writing fails (disk full...).
    void write(std::string_view bytes);
    // Ends the zstd frame, flushes, and gives the file its name.
    void finish();

    const std::string& name() const { return path_; }

private:
    void write_raw(const char* data, std::size_t size);
    void fail(const std::string& what);

    std::string path_;      // as given; "-" for standard output
    std::string partial_;   // what is written until finish()
    std::FILE* file_ = nullptr;
    ZSTD_CCtx* zstd_ = nullptr;
    std::string buffer_;    // compressed output waiting to be written
    bool finished_ = false;
};

}  // namespace newsarc
