// Reuters body unwrapping: indentation marks paragraph starts in the 1987 wire format.
#include "common/clean/reuters_body.h"

#include <regex>

#include "common/text/strutil.h"

namespace newsarc {

std::string strip_control_chars(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        // Printable ASCII, nearly all of it, is copied a run at a time.
        std::size_t run = i;
        while (run < text.size() && static_cast<unsigned char>(text[run]) >= 0x20 &&
               static_cast<unsigned char>(text[run]) < 0x7F)
            ++run;
        if (run > i) {
            out.append(text.substr(i, run - i));
            i = run;
            continue;
        }
        std::size_t len = 0;
        auto cp = strutil::decode_at(text, i, &len);
        if (cp == '\t') out += ' ';
        else if ((cp >= 0 && cp < 0x20) || (cp >= 0x7F && cp < 0xA0)) {
            // dropped
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

std::vector<std::string> unwrap_reuters_body(const std::vector<std::string>& raw_lines) {
    // Lines may still hold embedded newlines if a caller passed the body whole.
    std::vector<std::string> lines;
    for (const auto& l : raw_lines) {
        std::size_t start = 0;
        while (true) {
            auto nl = l.find('\n', start);
            lines.push_back(strip_control_chars(std::string_view(l).substr(start, nl == std::string::npos ? std::string::npos : nl - start)));
            if (nl == std::string::npos) break;
            start = nl + 1;
        }
    }

    std::vector<std::string> paragraphs;
    bool open = false;
    for (const auto& line : lines) {
        auto text = strutil::trim(line);
        if (text.empty()) {
            open = false;  // a blank line also ends a paragraph
            continue;
        }
        bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
        if (!open || indented) {
            paragraphs.emplace_back(text);
            open = true;
        } else {
            paragraphs.back() += ' ';
            paragraphs.back() += text;
        }
    }
    for (auto& p : paragraphs) p = strutil::collapse_spaces(p);

    // The sign-off: a last paragraph of its own ("Reuter", "REUTER...", "REUTERS", the odd "REUTE"),
    // or "Reuter" after the last sentence. Prose says "Reuters", so a trailing "Reuters" is kept.
    static const std::regex alone(R"(^(?:reuters?|reute)\.*$)", std::regex::icase);
    static const std::regex trailing(R"(\sreuter\.*$)", std::regex::icase);
    // Some stories are signed off twice ("... February 28. REUTER" then " Reuter").
    for (int round = 0; round < 2 && !paragraphs.empty(); ++round) {
        std::string& last = paragraphs.back();
        std::smatch m;
        if (std::regex_match(last, alone)) {
            paragraphs.pop_back();
        } else if (std::regex_search(last, m, trailing)) {
            last = std::string(strutil::trim(std::string_view(last).substr(0, static_cast<std::size_t>(m.position(0)))));
            if (last.empty()) paragraphs.pop_back();
        } else {
            break;
        }
    }
    return paragraphs;
}

}  // namespace newsarc
