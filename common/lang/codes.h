// Language codes: what sources state ("de-1996", "pt_BR", "deu", "English") made into the one code
// an archive stores.
#pragma once

#include <string>
#include <string_view>

namespace newsarc::lang {

// The code of an unknown or undetermined language (ISO 639-2 "und").
inline constexpr std::string_view kUnknown = "und";

// ISO 639-1 where the language has one ("de" for "de-1996", "deu", "ger", "German"; "zh" for
// "zh-Hant", "cmn"; "he" for "iw"), else ISO 639-3 ("ceb", "yue"). Empty when `stated` names no
// language ("", "xx", "und", "mul", gibberish): the caller detects it instead.
std::string normalise_code(std::string_view stated);

}  // namespace newsarc::lang
