// Decoding of SGML/HTML character entities in reader input.
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// Decodes &lt; &gt; &amp; &quot; &apos; &nbsp; (U+00A0) and numeric &#N; / &#xN; references to
// UTF-8. A numeric reference to a control character yields that character (the cleaner drops
// them); &#0;, surrogates and values past U+10FFFF yield U+FFFD. Anything else, including an
// unknown name or a reference without its ';', is left as written.
std::string decode_entities(std::string_view text);

}  // namespace newsarc
