// Output files: plain or zstd, complete under their name or not at all.
#include "common/io/output_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/diagnostic.h"

namespace newsarc {

OutputFile::OutputFile(const std::string& path, bool zstd, int level) : path_(path.empty() ? "-" : path) {
    if (path_ == "-") {
        file_ = stdout;
    } else {
        partial_ = path_ + ".partial-" + std::to_string(::getpid());
        file_ = std::fopen(partial_.c_str(), "wb");
        if (!file_) throw FatalError("cannot create " + path_ + ": " + std::strerror(errno));
    }
    if (zstd) {
        zstd_ = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(zstd_, ZSTD_c_compressionLevel, level);
        buffer_.resize(ZSTD_CStreamOutSize());
    }
}

OutputFile::~OutputFile() {
    if (zstd_) ZSTD_freeCCtx(zstd_);
    if (file_ && file_ != stdout) {
        std::fclose(file_);
        if (!finished_) std::remove(partial_.c_str());
    }
}

void OutputFile::fail(const std::string& what) {
    throw FatalError("cannot " + what + " " + (path_ == "-" ? std::string("standard output") : path_) + ": " +
                     std::strerror(errno));
}

void OutputFile::write_raw(const char* data, std::size_t size) {
    if (size && std::fwrite(data, 1, size, file_) != size) fail("write");
}

void OutputFile::write(std::string_view bytes) {
    if (!zstd_) return write_raw(bytes.data(), bytes.size());
    ZSTD_inBuffer in{bytes.data(), bytes.size(), 0};
    while (in.pos < in.size) {
        ZSTD_outBuffer out{buffer_.data(), buffer_.size(), 0};
        std::size_t rc = ZSTD_compressStream2(zstd_, &out, &in, ZSTD_e_continue);
        if (ZSTD_isError(rc)) throw FatalError(std::string("zstd: ") + ZSTD_getErrorName(rc));
        write_raw(buffer_.data(), out.pos);
    }
}

void OutputFile::finish() {
    if (finished_) return;
    if (zstd_) {
        ZSTD_inBuffer in{nullptr, 0, 0};
        std::size_t remaining;
        do {
            ZSTD_outBuffer out{buffer_.data(), buffer_.size(), 0};
            remaining = ZSTD_compressStream2(zstd_, &out, &in, ZSTD_e_end);
            if (ZSTD_isError(remaining)) throw FatalError(std::string("zstd: ") + ZSTD_getErrorName(remaining));
            write_raw(buffer_.data(), out.pos);
        } while (remaining != 0);
    }
    if (std::fflush(file_) != 0) fail("write");
    if (file_ != stdout) {
        if (::fsync(::fileno(file_)) != 0) fail("write");
        if (std::fclose(file_) != 0) {
            file_ = nullptr;
            std::remove(partial_.c_str());
            fail("write");
        }
        file_ = nullptr;
        if (std::rename(partial_.c_str(), path_.c_str()) != 0) {
            std::remove(partial_.c_str());
            fail("rename the finished output to");
        }
    }
    finished_ = true;
}

}  // namespace newsarc
