#include "platform/net/curl_http.hpp"

#include <curl/curl.h>

namespace spanmark::platform {
namespace {

std::size_t collect(char* data, std::size_t size, std::size_t count, void* into) {
    static_cast<std::string*>(into)->append(data, size * count);
    return size * count;
}

}  // namespace

CurlHttp::CurlHttp(std::string address, long connectSeconds, long requestSeconds)
    : address_(std::move(address)), connectSeconds_(connectSeconds), requestSeconds_(requestSeconds) {
    if (address_.empty() || address_.back() != '/') address_ += '/';
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (ready) curl_ = curl_easy_init();
}

CurlHttp::~CurlHttp() {
    if (curl_) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

std::string CurlHttp::withoutSecret(const std::string& address) {
    const std::size_t scheme = address.find("://");
    const std::size_t at = address.find('@');
    if (scheme == std::string::npos || at == std::string::npos) return address;
    const std::size_t colon = address.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at) return address;
    return address.substr(0, colon + 1) + "***" + address.substr(at);
}

team::HttpResponse CurlHttp::request(std::string_view method, const std::string& path, const std::string& body) {
    team::HttpResponse out;
    CURL* curl = static_cast<CURL*>(curl_);
    if (!curl) {
        out.failure = "libcurl could not start";
        return out;
    }
    curl_easy_reset(curl);
    const std::string url = address_ + path;
    const std::string verb(method);
    char error[CURL_ERROR_SIZE] = {};
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Accept: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, verb.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, connectSeconds_);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, requestSeconds_);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &out.body);
    if (verb == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    if (!body.empty() || verb == "POST" || verb == "PUT") {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    const CURLcode done = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (done != CURLE_OK) {
        out.failure = error[0] ? error : curl_easy_strerror(done);
        out.body.clear();
        return out;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    out.status = static_cast<int>(status);
    const char* type = nullptr;
    curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
    if (type) out.type = type;
    return out;
}

}  // namespace spanmark::platform
