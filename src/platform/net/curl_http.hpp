#pragma once
// team::Http over libcurl, for the desktop app and the CLI: a server address
// such as http://name:secret@host:5984/ (credentials go as Basic auth), a
// timeout on every request, the Content-Type kept so that an HTML answer is
// told from CouchDB's JSON.
#include <memory>
#include <string>

#include "workspace/team/http.hpp"

namespace spanmark::platform {

class CurlHttp : public team::Http {
public:
    // `address` ends with "/" or has it added. Seconds: connecting, and the whole request.
    explicit CurlHttp(std::string address, long connectSeconds = 10, long requestSeconds = 120);
    ~CurlHttp() override;
    CurlHttp(const CurlHttp&) = delete;
    CurlHttp& operator=(const CurlHttp&) = delete;

    team::HttpResponse request(std::string_view method, const std::string& path, const std::string& body) override;

    // The address with its password replaced by ***, for messages.
    static std::string withoutSecret(const std::string& address);

private:
    std::string address_;
    long connectSeconds_, requestSeconds_;
    void* curl_ = nullptr;  // CURL*, kept for its connection between requests
};

}  // namespace spanmark::platform
