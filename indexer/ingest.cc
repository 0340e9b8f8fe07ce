// Input expansion, diagnostics and clean options shared by `add` and `clean`.
#include "indexer/ingest.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "common/config.h"
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

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, Reporter& reporter) {
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (path == "-") {
            files.push_back(path);
        } else if (fs::is_directory(path, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec) && is_article_file(it->path().string()))
                    found.push_back(it->path().string());
            }
            if (ec) reporter.report(make_error(path, 0, "cannot read folder: " + ec.message()));
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

#include <fstream>

namespace newsarc {

CleanOptions load_clean_options(const std::vector<std::string>& given_files) {
    CleanOptions options;
    // --boilerplate on the command line replaces the configuration file's list.
    std::vector<std::string> boilerplate_files = given_files;
    if (const ConfigValue* configured = config().find("boilerplate"); configured && given_files.empty())
        for (const auto& file : configured->values) boilerplate_files.push_back(expand_home(file));
    for (const auto& file : boilerplate_files) {
        std::ifstream in(file);
        if (!in) throw UsageError("cannot read boilerplate file " + file);
        std::string line;
        while (std::getline(in, line)) {
            auto first = line.find_first_not_of(" \t\r");
            if (first == std::string::npos || line[first] == '#') continue;
            auto last = line.find_last_not_of(" \t\r");
            options.boilerplate.push_back(strutil::to_lower(line.substr(first, last - first + 1)));
        }
    }
    return options;
}

}  // namespace newsarc
