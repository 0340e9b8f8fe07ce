// The fingerprint of a raw article and of the cleaning it gets.
#include <cstdio>
#include <memory>

#include <xxhash.h>

#include "common/clean/cleaner.h"

namespace newsarc {
namespace {

struct StateDeleter {
    void operator()(XXH3_state_t* s) const { XXH3_freeState(s); }
};

// Fields are length-prefixed, so that moving text from one field to the next changes the hash.
void add(XXH3_state_t* state, std::string_view field) {
    std::uint64_t size = field.size();
    XXH3_64bits_update(state, &size, sizeof size);
    XXH3_64bits_update(state, field.data(), field.size());
}

void add_all(XXH3_state_t* state, const std::vector<std::string>& fields) {
    add(state, std::to_string(fields.size()));
    for (const auto& f : fields) add(state, f);
}

}  // namespace

std::string source_fingerprint(const RawArticle& raw, const CleanOptions& options) {
    std::unique_ptr<XXH3_state_t, StateDeleter> state(XXH3_createState());
    XXH3_64bits_reset(state.get());
    add(state.get(), std::to_string(kCleanerVersion));
    add_all(state.get(), options.boilerplate);
    // Not where it came from (path, line): the indexer compares that with the document's recorded
    // provenance, so lines moving up in a file, or another spelling of its path, need no cleaning.
    for (const std::string* f : {&raw.format, &raw.id, &raw.title, &raw.url, &raw.section, &raw.language}) add(state.get(), *f);
    add_all(state.get(), raw.bylines);
    add_all(state.get(), raw.dates);
    add_all(state.get(), raw.body_lines);
    add(state.get(), raw.restored_json);
    for (const auto& [tag, values] : raw.tags) {
        add(state.get(), tag);
        add_all(state.get(), values);
    }
    for (const auto& [name, value] : raw.extra) {
        add(state.get(), name);
        add(state.get(), value);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits_digest(state.get())));
    return hex;
}

}  // namespace newsarc
