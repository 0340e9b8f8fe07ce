// The reader for one saved HTML page: the whole file (up to a limit) through page_to_article.
#include "common/readers/html_reader.h"

#include <string>

#include "common/html/page.h"
#include "common/readers/formats.h"

namespace newsarc {

namespace {

class HtmlReader : public Reader {
public:
    HtmlReader(std::unique_ptr<ByteStream> stream, std::string path)
        : stream_(std::move(stream)), path_(std::move(path)) {}

    std::optional<ReadItem> next() override {
        if (done_) return std::nullopt;
        done_ = true;
        std::string bytes;
        try {
            char buf[64 * 1024];
            while (std::size_t got = stream_->read(buf, sizeof buf)) {
                if (bytes.size() + got > kMaxHtmlPageBytes)
                    return make_error(path_, 0, "page larger than " + std::to_string(kMaxHtmlPageBytes >> 20) +
                                                    " MiB, not read");
                bytes.append(buf, got);
            }
        } catch (const InputError& e) {
            return make_error(path_, e.line(), e.what());
        }
        html::PageSource source;
        source.path = path_;
        try {
            return html::page_to_article(bytes, source);
        } catch (const InputError& e) {
            return make_error(path_, e.line(), e.what());
        }
    }

private:
    std::unique_ptr<ByteStream> stream_;
    std::string path_;
    bool done_ = false;
};

}  // namespace

std::unique_ptr<Reader> make_html_reader(std::unique_ptr<ByteStream> stream, std::string path) {
    return std::make_unique<HtmlReader>(std::move(stream), std::move(path));
}

}  // namespace newsarc
