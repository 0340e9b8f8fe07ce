// Fuzz target: the text reader over the fuzz input as an in-memory stream.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/io/byte_stream.h"
#include "common/readers/formats.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace newsarc;
    auto stream = std::make_unique<MemoryStream>(std::string(reinterpret_cast<const char*>(data), size));
    auto reader = make_text_reader(std::move(stream), "fuzz");
    fuzz::drain(*reader);
    return 0;
}
