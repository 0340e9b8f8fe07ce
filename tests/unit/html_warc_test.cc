// Tests of the WARC reader (records, HTTP, chunked and gzip payloads, skips, truncation) and of
// the gzip stream under it.
#include "common/readers/warc_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "common/io/byte_stream.h"
#include "common/io/gzip_stream.h"
#include "common/readers/formats.h"
#include "common/readers/html_reader.h"
#include "tests/unit/test_support.h"

namespace newsarc {
namespace {

// One gzip member of `data`.
std::string gzip(const std::string& data) {
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, data.size()) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

std::string record(const std::string& type, const std::string& uri, const std::string& block) {
    return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
           "\r\nWARC-Date: 2024-05-06T07:08:09Z\r\nContent-Type: application/http; msgtype=" + type +
           "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string http(const std::string& status, const std::string& type, const std::string& body,
                 const std::string& extra_headers = "") {
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n" + extra_headers + "\r\n" + body;
}

std::string page(const std::string& title) {
    return "<html><head><title>" + title + "</title></head><body><article><p>" + title +
           " was reported on Monday by the local council, which said that the work, long delayed, would "
           "finish before the summer.</p></article></body></html>";
}

std::vector<ReadItem> read_warc(const std::string& data, const std::string& name = "crawl.warc") {
    return testing::drain(*make_warc_reader(std::make_unique<MemoryStream>(data), name));
}

std::vector<std::string> titles(const std::vector<ReadItem>& items) {
    std::vector<std::string> out;
    for (const auto& i : items)
        if (auto* a = std::get_if<RawArticle>(&i)) out.push_back(a->title);
    return out;
}

std::vector<std::string> diagnostics(const std::vector<ReadItem>& items) {
    std::vector<std::string> out;
    for (const auto& i : items)
        if (auto* d = std::get_if<Diagnostic>(&i)) out.push_back(d->to_string());
    return out;
}

std::string sample_warc() {
    std::string chunked_body = page("Chunked page");
    std::string chunked = "10\r\n" + chunked_body.substr(0, 16) + "\r\n" +
                          [&] { char b[16]; std::snprintf(b, sizeof b, "%zx", chunked_body.size() - 16); return std::string(b); }() +
                          "\r\n" + chunked_body.substr(16) + "\r\n0\r\n\r\n";
    return record("warcinfo", "", "software: test\r\n") +
           record("request", "https://a.example/one", "GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n") +
           record("response", "https://a.example/one", http("200 OK", "text/html; charset=utf-8", page("First page"))) +
           record("response", "https://a.example/logo.png", http("200 OK", "image/png", "\x89PNG....")) +
           record("response", "https://a.example/gone", http("404 Not Found", "text/html", page("Not found"))) +
           record("response", "https://a.example/chunked",
                  http("200 OK", "text/html", chunked, "Transfer-Encoding: chunked\r\n")) +
           record("response", "https://a.example/gz",
                  http("200 OK", "text/html", gzip(page("Compressed page")), "Content-Encoding: gzip\r\n"));
}

TEST(HtmlWarc, OnlyHtmlResponsesWithStatus200BecomeArticles) {
    auto items = read_warc(sample_warc());
    EXPECT_EQ(titles(items), (std::vector<std::string>{"First page", "Chunked page", "Compressed page"}));
    EXPECT_EQ(diagnostics(items), std::vector<std::string>{
                                      "crawl.warc: warning: skipped 2 of 5 response records (1 not HTML, 1 HTTP status 404)"});
    const auto& first = std::get<RawArticle>(items[0]);
    EXPECT_EQ(first.format, "warc");
    EXPECT_EQ(first.url, "https://a.example/one");
    EXPECT_EQ(first.dates, std::vector<std::string>{"2024-05-06T07:08:09Z"});
    EXPECT_EQ(first.source_line, 23u);  // the record's WARC/1.1 line, after 10 + 12 lines of two records
}

TEST(HtmlWarc, PerRecordGzipMembersReadAsOneStream) {
    std::string warc = sample_warc();
    // Split at record boundaries and compress each record on its own, as .warc.gz files do.
    std::string gz;
    for (std::size_t pos = 0; pos < warc.size();) {
        std::size_t next = warc.find("WARC/1.1\r\n", pos + 1);
        if (next == std::string::npos) next = warc.size();
        gz += gzip(warc.substr(pos, next - pos));
        pos = next;
    }
    auto items = testing::drain(*make_warc_reader(std::make_unique<GzipStream>(std::make_unique<MemoryStream>(gz)), "c.warc.gz"));
    EXPECT_EQ(titles(items), (std::vector<std::string>{"First page", "Chunked page", "Compressed page"}));
}

TEST(HtmlWarc, RecordCutShortIsAnErrorAfterTheRecordsBeforeIt) {
    std::string warc = sample_warc();
    std::size_t cut = warc.find("https://a.example/chunked") + 200;
    auto items = read_warc(warc.substr(0, cut));
    EXPECT_EQ(titles(items), std::vector<std::string>{"First page"});
    auto d = diagnostics(items);
    ASSERT_EQ(d.size(), 2u);
    EXPECT_NE(d[0].find("crawl.warc:"), std::string::npos);
    EXPECT_NE(d[0].find(": error: WARC record cut short: "), std::string::npos) << d[0];
}

TEST(HtmlWarc, TruncatedGzipNamesTheRecord) {
    std::string gz = gzip(sample_warc());
    auto items = testing::drain(*make_warc_reader(
        std::make_unique<GzipStream>(std::make_unique<MemoryStream>(gz.substr(0, gz.size() / 2))), "t.warc.gz"));
    auto d = diagnostics(items);
    ASSERT_FALSE(d.empty());
    EXPECT_NE(d[0].find("error: truncated gzip stream in the WARC record starting here"), std::string::npos) << d[0];
}

TEST(HtmlWarc, GarbageBetweenRecordsIsReportedOnceAndSkipped) {
    std::string warc = record("response", "https://a.example/one", http("200 OK", "text/html", page("First page"))) +
                       "this is not a record\nnor is this\n" +
                       record("response", "https://a.example/two", http("200 OK", "text/html", page("Second page")));
    auto items = read_warc(warc);
    EXPECT_EQ(titles(items), (std::vector<std::string>{"First page", "Second page"}));
    auto d = diagnostics(items);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_NE(d[0].find("expected a WARC record header"), std::string::npos);
}

TEST(HtmlWarc, HtmlResourceRecordsArePagesToo) {
    std::string html = page("Stored page");
    std::string warc = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/stored\r\n"
                       "Content-Type: text/html\r\nContent-Length: " + std::to_string(html.size()) + "\r\n\r\n" + html +
                       "\r\n\r\n" + record("resource", "https://a.example/data.json", "{}");
    auto items = read_warc(warc);
    EXPECT_EQ(titles(items), std::vector<std::string>{"Stored page"});
    EXPECT_EQ(std::get<RawArticle>(items[0]).url, "https://a.example/stored");
    EXPECT_TRUE(diagnostics(items).empty());
}

TEST(HtmlWarc, LargeRecordsAreSkippedOrRefusedByTheirHeaders) {
    std::string big(kMaxHtmlPageBytes + (2u << 20), 'x');
    std::string warc = record("response", "https://a.example/video", http("200 OK", "video/mp4", big)) +
                       record("response", "https://a.example/huge", http("200 OK", "text/html", "<html>" + big)) +
                       record("response", "https://a.example/one", http("200 OK", "text/html", page("After them")));
    auto items = read_warc(warc);
    EXPECT_EQ(titles(items), std::vector<std::string>{"After them"});
    auto d = diagnostics(items);
    ASSERT_EQ(d.size(), 2u);
    EXPECT_NE(d[0].find(": error: page larger than 16 MiB, not read"), std::string::npos) << d[0];
    EXPECT_EQ(d[1], "crawl.warc: warning: skipped 1 of 3 response records (1 not HTML)");
}

TEST(HtmlWarc, ChunkedDecoding) {
    std::string out;
    EXPECT_TRUE(decode_chunked("4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n", out));
    EXPECT_EQ(out, "Wikipedia");
    out.clear();
    EXPECT_FALSE(decode_chunked("4\r\nWiki\r\nff\r\nped", out));
    EXPECT_EQ(out, "Wikiped");
    out.clear();
    EXPECT_FALSE(decode_chunked("zz\r\n", out));
}

TEST(HtmlWarc, GzipStreamErrors) {
    EXPECT_TRUE(has_gzip_magic(gzip("x")));
    GzipStream truncated(std::make_unique<MemoryStream>(gzip(std::string(10000, 'a')).substr(0, 20)));
    char buf[64];
    EXPECT_THROW(while (truncated.read(buf, sizeof buf)) {}, InputError);
    std::string bad = gzip("hello");
    bad[12] ^= 0x55;
    GzipStream corrupt(std::make_unique<MemoryStream>(bad));
    try {
        while (corrupt.read(buf, sizeof buf)) {
        }
        ADD_FAILURE() << "no error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("gzip stream"), std::string::npos);
    }
}

}  // namespace
}  // namespace newsarc
