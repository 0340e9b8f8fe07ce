// Fuzz target: open_reader() on a file holding the fuzz input, so that sniffing, zstd
// decompression and the choice of reader are fuzzed too. The first byte picks the file's extension.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace newsarc;
    if (size == 0) return 0;
    static const char* const kExtensions[] = {".txt", ".jsonl", ".sgm", ".dat", ".txt.zst", ".jsonl.zst"};
    const char* tmp = std::getenv("TMPDIR");
    std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/newsarc-fuzz-" + std::to_string(getpid()) +
                       kExtensions[data[0] % 6];
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) std::abort();
    std::fwrite(data + 1, 1, size - 1, f);
    std::fclose(f);
    {
        auto reader = open_reader(path);
        fuzz::drain(*reader);
    }
    std::remove(path.c_str());
    return 0;
}
