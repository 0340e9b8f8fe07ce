// CLD2 scores quadgrams (or, for scripts written without spaces, unigrams) over the text's letters
// and says whether its answer is reliable; an unreliable answer on little text is a guess.
#include "common/lang/detect.h"

#include <cstdio>
#include <limits>

#include <cld2/public/compact_lang_det.h>

#include "common/lang/codes.h"

namespace newsarc::lang {
namespace {

// Enough for a reliable answer; more only costs time (CLD2 reads all it is given).
constexpr std::size_t kMaxBytes = 16 * 1024;
// An answer CLD2 calls unreliable is kept when it covers this share of the text: a short article
// in one language is often "unreliable" only for its length.
constexpr int kUnreliableShare = 70;

}  // namespace

std::string detect_language(std::string_view text) {
    if (text.size() > kMaxBytes) {
        std::size_t cut = kMaxBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters
        text = text.substr(0, cut);
    }
    CLD2::Language top3[3];
    int percent3[3];
    double scores3[3];
    int text_bytes = 0;
    bool reliable = false;
    CLD2::Language top = CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true,
                                                        nullptr, 0, top3, percent3, scores3, nullptr, &text_bytes, &reliable);
    if (top == CLD2::UNKNOWN_LANGUAGE || top == CLD2::TG_UNKNOWN_LANGUAGE) return std::string(kUnknown);
    if (!reliable && (top3[0] != top || percent3[0] < kUnreliableShare)) return std::string(kUnknown);
    // CLD2's NORWEGIAN is Bokmål (NORWEGIAN_N is Nynorsk); "no" is the macrolanguage.
    if (top == CLD2::NORWEGIAN) return "nb";
    std::string code = normalise_code(CLD2::LanguageCode(top));
    return code.empty() ? std::string(kUnknown) : code;
}

}  // namespace newsarc::lang
