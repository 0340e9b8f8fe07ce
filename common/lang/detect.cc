// CLD2 scores quadgrams (or, for scripts written without spaces, unigrams) over the text's letters
// and says whether its answer is reliable; an unreliable answer on little text is a guess.
#include "common/lang/detect.h"

#include <cstdio>

#include <cld2/public/compact_lang_det.h>

#include "common/lang/codes.h"

namespace newsarc::lang {
namespace {

// Enough for a reliable answer; more only costs time (CLD2 reads all it is given).
constexpr std::size_t kMaxBytes = 16 * 1024;
// An answer CLD2 calls unreliable is kept when it covers this share of the text: a short article
// in one language is often "unreliable" only for its length.
constexpr int kUnreliableShare = 70;
// Bytes of letters below which any answer is a guess (a headline and "Blah blah blah" is Maltese or
// Slovak to CLD2's best effort).
constexpr int kMinLetters = 40;
// CLD2's best effort only on this much text: a table that CLD2 first refused.
constexpr int kBestEffortLetters = 100;

struct Summary {
    CLD2::Language language = CLD2::UNKNOWN_LANGUAGE;   // the answer, when it is one
    CLD2::Language candidate = CLD2::UNKNOWN_LANGUAGE;  // the language of most of the text, however sure
    int text_bytes = 0;
};

Summary summarise(std::string_view text, int flags) {
    CLD2::Language top3[3];
    int percent3[3];
    double scores3[3];
    Summary s;
    bool reliable = false;
    CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, nullptr, flags,
                                   top3, percent3, scores3, nullptr, &s.text_bytes, &reliable);
    // The language of most of the text. CLD2's own answer prefers a second language over English
    // when it has a fifth of the text or so, which is right for web pages with English furniture
    // and wrong for English news about "Cassa di Risparmio di Roma".
    if (top3[0] == CLD2::UNKNOWN_LANGUAGE || top3[0] == CLD2::TG_UNKNOWN_LANGUAGE) return s;
    s.candidate = top3[0];
    if ((reliable || percent3[0] >= kUnreliableShare) && s.text_bytes >= kMinLetters) s.language = top3[0];
    return s;
}

}  // namespace

std::string detect_language(std::string_view text) {
    if (text.size() > kMaxBytes) {
        std::size_t cut = kMaxBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters
        text = text.substr(0, cut);
    }
    Summary s = summarise(text, 0);
    // CLD2 refuses text it finds repetitive, which news tables (earnings, prices, quotas) are. Its
    // best effort then is taken when it agrees with the language of most of the text, if it had one
    // (a Frankfurt share table is 45% English, and German to the best effort).
    if (s.language == CLD2::UNKNOWN_LANGUAGE && s.text_bytes >= kBestEffortLetters) {
        Summary best = summarise(text, CLD2::kCLDFlagBestEffort);
        if (s.candidate == CLD2::UNKNOWN_LANGUAGE || best.language == s.candidate) s = best;
    }
    if (s.language == CLD2::UNKNOWN_LANGUAGE) return std::string(kUnknown);
    // CLD2's NORWEGIAN is Bokmål (NORWEGIAN_N is Nynorsk); "no" is the macrolanguage.
    if (s.language == CLD2::NORWEGIAN) return "nb";
    std::string code = normalise_code(CLD2::LanguageCode(s.language));
    return code.empty() ? std::string(kUnknown) : code;
}

}  // namespace newsarc::lang
