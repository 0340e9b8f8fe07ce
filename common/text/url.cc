// URL parsing just deep enough for identity and facets (scheme, host, port, path, query, fragment).
#include "common/text/url.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/text/strutil.h"

namespace newsarc {

namespace {

struct UrlParts {
    std::string scheme;  // lowercase, without "://"; empty when the input had none
    std::string host;    // lowercase, user info and port removed
    std::string port;
    std::string path;    // from the first '/', may be empty
    std::string query;   // without '?'
    std::string fragment;
};

bool starts_with_icase(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && strutil::ascii_lower(s.substr(0, prefix.size())) == prefix;
}

// Splits an absolute URL (or a scheme-less "host/path" that starts with "www." or a dotted host).
bool split_url(std::string_view in, UrlParts& out) {
    std::string_view s = strutil::trim(in);
    if (s.empty()) return false;
    auto colon = s.find("://");
    std::string_view rest;
    if (colon != std::string_view::npos) {
        std::string_view scheme = s.substr(0, colon);
        if (scheme.empty() || !std::all_of(scheme.begin(), scheme.end(), [](unsigned char c) {
                return std::isalnum(c) || c == '+' || c == '-' || c == '.';
            }))
            return false;
        out.scheme = strutil::ascii_lower(scheme);
        rest = s.substr(colon + 3);
    } else if (s.substr(0, 2) == "//") {
        rest = s.substr(2);
    } else {
        rest = s;
    }
    auto end_host = rest.find_first_of("/?#");
    std::string_view authority = rest.substr(0, end_host);
    std::string_view tail = end_host == std::string_view::npos ? std::string_view{} : rest.substr(end_host);
    if (auto at = authority.rfind('@'); at != std::string_view::npos) authority = authority.substr(at + 1);
    std::string_view host = authority;
    if (auto c = authority.rfind(':'); c != std::string_view::npos && authority.find(']') == std::string_view::npos) {
        host = authority.substr(0, c);
        out.port = std::string(authority.substr(c + 1));
    }
    if (host.empty()) return false;
    // Without a scheme, only accept something that looks like a host name.
    if (out.scheme.empty() && host.find('.') == std::string_view::npos) return false;
    if (host.find_first_of(" \t") != std::string_view::npos) return false;
    out.host = strutil::ascii_lower(host);
    if (auto h = tail.find('#'); h != std::string_view::npos) {
        out.fragment = std::string(tail.substr(h + 1));
        tail = tail.substr(0, h);
    }
    if (auto q = tail.find('?'); q != std::string_view::npos) {
        out.query = std::string(tail.substr(q + 1));
        tail = tail.substr(0, q);
    }
    out.path = std::string(tail);
    return true;
}

std::string strip_www(std::string host) {
    if (host.rfind("www.", 0) == 0 && host.size() > 4) host.erase(0, 4);
    return host;
}

bool is_tracking_param(std::string_view name) {
    std::string n = strutil::ascii_lower(name);
    return n.rfind("utm_", 0) == 0 || n == "fbclid" || n == "gclid";
}

}  // namespace

bool looks_like_url(std::string_view url) {
    std::string_view s = strutil::trim(url);
    if (!(starts_with_icase(s, "http://") || starts_with_icase(s, "https://"))) return false;
    if (std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); })) return false;
    UrlParts p;
    return split_url(s, p) && !p.host.empty();
}

std::string canonical_url(std::string_view url) {
    UrlParts p;
    if (!split_url(url, p) || p.scheme.empty()) return std::string(strutil::trim(url));
    std::string scheme = p.scheme == "http" ? "https" : p.scheme;
    std::string out = scheme + "://" + strip_www(p.host);
    bool default_port = p.port.empty() || (p.port == "80" && (p.scheme == "http" || p.scheme == "https")) ||
                        (p.port == "443" && (p.scheme == "https" || p.scheme == "http"));
    if (!default_port) out += ":" + p.port;
    out += p.path.empty() ? "/" : p.path;
    std::string query;
    std::size_t start = 0;
    while (start <= p.query.size() && !p.query.empty()) {
        auto amp = p.query.find('&', start);
        std::string_view param = std::string_view(p.query).substr(start, amp == std::string::npos ? std::string::npos : amp - start);
        std::string_view name = param.substr(0, param.find('='));
        if (!param.empty() && !is_tracking_param(name)) {
            if (!query.empty()) query += '&';
            query += param;
        }
        if (amp == std::string::npos) break;
        start = amp + 1;
    }
    if (!query.empty()) out += "?" + query;
    return out;
}

std::string site_of(std::string_view url) {
    UrlParts p;
    if (!split_url(url, p)) return {};
    return strip_www(p.host);
}

std::string section_of(std::string_view url) {
    UrlParts p;
    if (!split_url(url, p)) return {};
    std::vector<std::string_view> segments;
    std::string_view path = p.path;
    std::size_t i = 0;
    while (i < path.size()) {
        auto slash = path.find('/', i);
        std::string_view seg = path.substr(i, slash == std::string_view::npos ? std::string_view::npos : slash - i);
        if (!seg.empty()) segments.push_back(seg);
        if (slash == std::string_view::npos) break;
        i = slash + 1;
    }
    if (segments.size() < 2) return {};
    return strutil::ascii_lower(segments.front());
}

}  // namespace newsarc
