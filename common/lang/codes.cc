// Language codes through ICU's canonicalisation (CLDR's alias data: "deu" and "ger" are "de") and,
// for names rather than codes, CLD2's table of language names.
#include "common/lang/codes.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <unicode/locid.h>

namespace newsarc::lang {
namespace {

bool is_letters(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalpha(c); });
}

// The primary language subtag of a BCP 47 tag or POSIX locale, canonical; empty when ICU does not
// know it as a language.
std::string icu_language(const std::string& tag) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status) || locale.isBogus()) locale = icu::Locale(tag.c_str());
    status = U_ZERO_ERROR;
    locale.canonicalize(status);
    if (U_FAILURE(status) || locale.isBogus()) return {};
    std::string language = locale.getLanguage();
    // A well-formed but unknown code ("xx", "qqq") has no ISO 639-2/3 equivalent in ICU's tables.
    if (language.empty() || std::string(locale.getISO3Language()).empty()) return {};
    return language;
}

}  // namespace

std::string normalise_code(std::string_view stated) {
    std::string text(stated);
    text.erase(0, text.find_first_not_of(" \t\r\n"));
    text.erase(text.find_last_not_of(" \t\r\n") + 1);
    if (text.empty() || text.size() > 64) return {};
    std::replace(text.begin(), text.end(), '_', '-');
    std::string primary = text.substr(0, text.find('-'));
    std::string lower = primary;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == kUnknown || lower == "mul" || lower == "zxx" || lower == "mis") return {};

    std::string code;
    if (is_letters(primary) && primary.size() <= 3) {
        code = icu_language(text);
    } else if (is_letters(primary)) {
        // A name: "English", "Deutsch" is not one CLD2 knows, "German" is.
        std::string upper = primary;  // CLD2 names languages in capitals: "GERMAN"
        std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
        CLD2::Language language = CLD2::GetLanguageFromName(upper.c_str());
        if (language != CLD2::UNKNOWN_LANGUAGE) code = icu_language(CLD2::LanguageCode(language));
    }
    return code;
}

}  // namespace newsarc::lang
