// Input expansion, diagnostics and clean options shared by `add` and `clean`.
#include "common/ingest/inputs.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "common/readers/reader.h"
#include "common/text/strutil.h"

namespace fs = std::filesystem;

namespace newsarc {

void Reporter::report(const Diagnostic& d) {
    if (d.severity == Severity::error) {
        ++errors_;
    } else {
        ++warnings_;
        if (quiet_warnings_) return;
    }
    std::cerr << d.to_string() << '\n';
}

namespace {

// The article files under `dir`, recursively (symbolic links to folders are not followed). A folder
// that cannot be read, or vanishes during the walk, is reported and the walk goes on elsewhere.
void walk_folder(const fs::path& dir, std::vector<std::string>& found, Reporter& reporter) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code entry_ec;
        if (it->is_directory(entry_ec) && !it->is_symlink(entry_ec)) {
            walk_folder(it->path(), found, reporter);
        } else if (it->is_regular_file(entry_ec) && is_article_file(it->path().string())) {
            found.push_back(it->path().string());
        }
    }
    if (ec) reporter.report(make_error(dir.string(), 0, "cannot read folder: " + ec.message()));
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, Reporter& reporter) {
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (path == "-") {
            files.push_back(path);
        } else if (fs::is_directory(path, ec)) {
            std::vector<std::string> found;
            walk_folder(path, found, reporter);
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(path, ec)) {
            files.push_back(path);
        } else {
            reporter.report(make_error(path, 0, "no such file or folder"));
        }
    }
    return files;
}

std::string absolute_path(const std::string& path) {
    if (path == "-") return {};
    std::error_code ec;
    auto absolute = fs::absolute(path, ec);
    std::string normal = (ec ? fs::path(path) : absolute).lexically_normal().string();
    while (normal.size() > 1 && normal.back() == '/') normal.pop_back();  // "dir/" names the folder
    return normal;
}

std::uintmax_t total_input_bytes(const std::vector<std::string>& files) {
    std::uintmax_t total = 0;
    for (const auto& f : files) {
        std::error_code ec;
        if (f != "-") {
            auto size = fs::file_size(f, ec);
            if (!ec) total += size;
        }
    }
    return total;
}

}  // namespace newsarc
