#pragma once
// What the team store asks of the network: one HTTP request at a time to a
// CouchDB server, answered with a status and a body. The platform gives the
// implementation (libcurl on the desktop and in the CLI); tests give their own.
#include <string>
#include <string_view>

namespace spanmark::team {

struct HttpResponse {
    int status = 0;        // 0 when no answer came (see `failure`)
    std::string body;
    std::string type;      // Content-Type, to tell CouchDB's JSON from a proxy's HTML page
    std::string failure;   // why no answer came: refused, timed out, name not found…
};

class Http {
public:
    virtual ~Http() = default;
    // `path` is relative to the server's address ("spanmark-corpus/_all_docs").
    virtual HttpResponse request(std::string_view method, const std::string& path, const std::string& body = {}) = 0;
};

}  // namespace spanmark::team
