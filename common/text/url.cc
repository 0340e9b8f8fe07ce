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

// The host that serves the same article: "www." and an AMP mirror's "amp." dropped.
std::string strip_www_amp(std::string host) {
    host = strip_www(std::move(host));
    if (host.rfind("amp.", 0) == 0 && host.find('.', 4) != std::string::npos) host = strip_www(host.substr(4));
    return host;
}

bool is_tracking_param(std::string_view name) {
    std::string n = strutil::ascii_lower(name);
    return n.rfind("utm_", 0) == 0 || n == "fbclid" || n == "gclid";
}

// "amp", "amp=1", "outputType=amp", "output=amp": parameters that ask for the AMP rendering.
bool is_amp_param(std::string_view param) {
    auto eq = param.find('=');
    std::string name = strutil::ascii_lower(param.substr(0, eq));
    std::string value = eq == std::string_view::npos ? std::string() : strutil::ascii_lower(param.substr(eq + 1));
    if (name == "amp") return true;
    return (name == "outputtype" || name == "output" || name == "format" || name == "view") && value == "amp";
}

// Path segments, empty ones dropped.
std::vector<std::string> path_segments(std::string_view path) {
    std::vector<std::string> segments;
    std::size_t i = 0;
    while (i < path.size()) {
        auto slash = path.find('/', i);
        std::string_view seg = path.substr(i, slash == std::string_view::npos ? std::string_view::npos : slash - i);
        if (!seg.empty()) segments.emplace_back(seg);
        if (slash == std::string_view::npos) break;
        i = slash + 1;
    }
    return segments;
}

// The path of the canonical (non-AMP) page: "amp" segments dropped ("/amp/world/x", "/world/x/amp"),
// an ".amp" suffix removed from the last segment ("x.amp", "x.amp.html" -> "x", "x.html").
std::vector<std::string> non_amp_segments(std::string_view path) {
    auto segments = path_segments(path);
    std::vector<std::string> out;
    for (auto& seg : segments) {
        if (strutil::ascii_lower(seg) == "amp") continue;
        out.push_back(std::move(seg));
    }
    if (!out.empty()) {
        std::string& last = out.back();
        std::string lower = strutil::ascii_lower(last);
        if (lower.size() > 4 && lower.compare(lower.size() - 4, 4, ".amp") == 0) {
            last.erase(last.size() - 4);
        } else if (auto pos = lower.find(".amp."); pos != std::string::npos && pos > 0) {
            last.erase(pos, 4);
        }
    }
    return out;
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
    std::string out = scheme + "://" + strip_www_amp(p.host);
    bool default_port = p.port.empty() || (p.port == "80" && (p.scheme == "http" || p.scheme == "https")) ||
                        (p.port == "443" && (p.scheme == "https" || p.scheme == "http"));
    if (!default_port) out += ":" + p.port;
    // No trailing slash and no AMP segments; the bare host keeps its "/".
    auto segments = non_amp_segments(p.path);
    if (segments.empty()) out += '/';
    for (const auto& seg : segments) out += '/' + seg;
    std::string query;
    std::size_t start = 0;
    while (start <= p.query.size() && !p.query.empty()) {
        auto amp = p.query.find('&', start);
        std::string_view param = std::string_view(p.query).substr(start, amp == std::string::npos ? std::string::npos : amp - start);
        std::string_view name = param.substr(0, param.find('='));
        if (!param.empty() && !is_tracking_param(name) && !is_amp_param(param)) {
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
    return strip_www_amp(p.host);
}

std::string section_of(std::string_view url) {
    UrlParts p;
    if (!split_url(url, p)) return {};
    auto segments = non_amp_segments(p.path);
    if (segments.size() < 2) return {};
    return strutil::ascii_lower(segments.front());
}

}  // namespace newsarc
