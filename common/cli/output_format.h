// Output formats shared by both programs' --format options.
#pragma once

#include <map>
#include <string>

namespace newsarc {

enum class OutputFormat { text, json, jsonl, tsv };

inline const std::map<std::string, OutputFormat> kOutputFormats{{"text", OutputFormat::text},
                                                               {"json", OutputFormat::json},
                                                               {"jsonl", OutputFormat::jsonl},
                                                               {"txt", OutputFormat::text},
                                                               {"tsv", OutputFormat::tsv}};

}  // namespace newsarc
