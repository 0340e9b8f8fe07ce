// Output files: plain or zstd; a regular file complete under its name or not at all, anything else
// written straight or refused, never replaced.
#include "common/io/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>

#include "common/base/diagnostic.h"

namespace newsarc {
namespace {

// Links a path may go through before it is given up on, as the kernel's own limit (ELOOP).
constexpr int kMaxLinks = 40;
// Names tried for the temporary file when the first is taken.
constexpr int kMaxPartialNames = 100;

// The descriptor a path names by number (/dev/fd/N, /proc/self/fd/N, /dev/stdout, /dev/stderr), or
// -1. Such a path is written through a duplicate of the descriptor, as the shell meant it: it cannot
// be replaced, and opening it again would reopen what it refers to (a file from its start instead of
// where the shell left it, for `>>`).
int named_descriptor(const std::string& path) {
    if (path == "/dev/stdout") return STDOUT_FILENO;
    if (path == "/dev/stderr") return STDERR_FILENO;
    for (std::string_view dir : {"/dev/fd/", "/proc/self/fd/"}) {
        if (!path.starts_with(dir)) continue;
        std::string_view number = std::string_view(path).substr(dir.size());
        if (number.empty() || number.size() > 9 || number.find_first_not_of("0123456789") != std::string_view::npos)
            return -1;
        return std::stoi(std::string(number));
    }
    return -1;
}

// A symbolic link is followed to its final target, which then stands for the path: the output goes
// where the link points, as the shell's `>` would write it, and the link stays a link (renaming over
// the link itself would turn it into a regular file and leave the file it points to stale). A
// dangling link's target is created. A link to /dev/stdout and the like stops there (their own
// links lead to names such as "pipe:[123]" that are no path).
std::string follow_links(const std::string& path) {
    std::string at = path;
    for (int hops = 0; hops < kMaxLinks; ++hops) {
        struct stat st;
        if (named_descriptor(at) >= 0 || ::lstat(at.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return at;
        std::error_code error;
        std::filesystem::path target = std::filesystem::read_symlink(at, error);
        if (error) throw FatalError("cannot read the symbolic link " + at + ": " + error.message());
        at = target.is_absolute() ? target.string() : (std::filesystem::path(at).parent_path() / target).string();
    }
    throw FatalError("cannot write " + path + ": too many levels of symbolic links");
}

enum class Kind { absent, regular, stream, other };

// What is at `path` (links followed): nothing or a regular file is replaced by a complete file; a
// FIFO or a character device is written straight; anything else is refused.
Kind kind_of(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return Kind::absent;
        throw FatalError("cannot write " + path + ": " + std::strerror(errno));
    }
    if (S_ISREG(st.st_mode)) return Kind::regular;
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) return Kind::stream;
    return Kind::other;
}

// Why `path` is refused (kind_of said Kind::other), naming it and what it is.
[[noreturn]] void refuse(const std::string& path, const std::string& target) {
    struct stat st {};
    ::stat(target.c_str(), &st);
    std::string what = S_ISDIR(st.st_mode)    ? "a directory"
                       : S_ISSOCK(st.st_mode) ? "a socket"
                       : S_ISBLK(st.st_mode)  ? "a block device"
                                              : "neither a regular file, a FIFO nor a character device";
    std::string name = target == path ? path : path + " (a link to " + target + ")";
    throw FatalError("cannot write " + name + ": it is " + what +
                     "; output goes to a regular file (replaced once complete), a FIFO or a character device");
}

}  // namespace

OutputFile::OutputFile(const std::string& path, bool zstd, int level) : path_(path.empty() ? "-" : path) {
    if (path_ == "-") {
        file_ = stdout;
    } else {
        target_ = follow_links(path_);
        if (int fd = named_descriptor(target_); fd >= 0) {
            open_straight(::fcntl(fd, F_DUPFD_CLOEXEC, 0));
        } else {
            switch (kind_of(target_)) {
                case Kind::absent: case Kind::regular: open_partial(); break;
                // Blocks until a FIFO has a reader, as the shell's `>` does.
                case Kind::stream: open_straight(::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC)); break;
                case Kind::other: refuse(path_, target_);
            }
        }
    }
    if (zstd) {
        zstd_ = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(zstd_, ZSTD_c_compressionLevel, level);
        buffer_.resize(ZSTD_CStreamOutSize());
    }
}

OutputFile::~OutputFile() {
    if (zstd_) ZSTD_freeCCtx(zstd_);
    if (file_ && file_ != stdout) std::fclose(file_);
    if (!finished_ && !partial_.empty()) std::remove(partial_.c_str());
}

void OutputFile::open_partial() {
    std::string base = target_ + ".partial-" + std::to_string(::getpid());
    for (int attempt = 0; attempt < kMaxPartialNames; ++attempt) {
        std::string name = attempt == 0 ? base : base + "-" + std::to_string(attempt);
        // O_EXCL: a file (or a link) that happens to have the name is never truncated or written
        // through; the next name is tried. 0666 less the umask, as the shell's `>` creates files.
        int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno == EEXIST) continue;
        if (fd < 0) fail("create");
        file_ = ::fdopen(fd, "wb");
        if (!file_) {
            int error = errno;
            ::close(fd);
            ::unlink(name.c_str());
            errno = error;
            fail("create");
        }
        partial_ = name;
        return;
    }
    throw FatalError("cannot create " + path_ + ": " + base + " and the " + std::to_string(kMaxPartialNames - 1) +
                     " names after it, for the file written until it is complete, are all taken");
}

void OutputFile::open_straight(int fd) {
    if (fd < 0) fail("open");
    file_ = ::fdopen(fd, "wb");
    if (!file_) {
        ::close(fd);
        fail("open");
    }
}

void OutputFile::fail(const std::string& what) {
    if (errno == EPIPE && path_ == "-") throw OutputClosed("standard output closed");
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
        // On disk before it takes the name; a FIFO or a device has nothing to sync (and a pipe fails).
        if (!partial_.empty() && ::fsync(::fileno(file_)) != 0) fail("write");
        int closed = std::fclose(file_);
        file_ = nullptr;
        if (closed != 0) fail("write");  // the destructor deletes the partial file
        if (!partial_.empty()) rename_into_place();
    }
    finished_ = true;
}

void OutputFile::rename_into_place() {
    // Checked again: something other than a regular file may have been put under the name while the
    // output was written, and rename would replace it.
    Kind now = kind_of(target_);
    if (now != Kind::absent && now != Kind::regular) {
        if (now == Kind::stream)
            throw FatalError("cannot write " + path_ + ": it became a FIFO or a device while the output was written");
        refuse(path_, target_);
    }
    if (std::rename(partial_.c_str(), target_.c_str()) != 0) fail("rename the finished output to");
}

}  // namespace newsarc
