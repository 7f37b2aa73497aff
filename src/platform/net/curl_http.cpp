#include "platform/net/curl_http.hpp"

#include <curl/curl.h>
#include <dlfcn.h>

#include <type_traits>

namespace spanmark::platform {
namespace {

// libcurl is opened when a team command first needs it, not linked: linked,
// it and the thirty libraries it brings were loaded by every command of the
// CLI, 6 MB more of memory for `validate` and `suggest` that never use it.
struct Curl {
    CURLcode (*globalInit)(long);
    CURL* (*init)();
    void (*cleanup)(CURL*);
    void (*reset)(CURL*);
    CURLcode (*setopt)(CURL*, CURLoption, ...);
    CURLcode (*perform)(CURL*);
    CURLcode (*getinfo)(CURL*, CURLINFO, ...);
    const char* (*strerror)(CURLcode);
    curl_slist* (*slistAppend)(curl_slist*, const char*);
    void (*slistFreeAll)(curl_slist*);
};

// The library's functions, or null (with why in `failure`) when it cannot be opened.
const Curl* loadCurl(std::string& failure) {
    static std::string why;
    static const Curl* loaded = [] () -> const Curl* {
        void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            why = std::string("libcurl could not be loaded (install libcurl4): ") + dlerror();
            return nullptr;
        }
        static Curl c;
        bool found = true;
        auto bind = [&](auto& function, const char* name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
            found = found && function;
        };
        bind(c.globalInit, "curl_global_init");
        bind(c.init, "curl_easy_init");
        bind(c.cleanup, "curl_easy_cleanup");
        bind(c.reset, "curl_easy_reset");
        bind(c.setopt, "curl_easy_setopt");
        bind(c.perform, "curl_easy_perform");
        bind(c.getinfo, "curl_easy_getinfo");
        bind(c.strerror, "curl_easy_strerror");
        bind(c.slistAppend, "curl_slist_append");
        bind(c.slistFreeAll, "curl_slist_free_all");
        if (!found || c.globalInit(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            why = "libcurl was loaded but could not start";
            return nullptr;
        }
        return &c;
    }();
    failure = why;
    return loaded;
}

std::size_t collect(char* data, std::size_t size, std::size_t count, void* into) {
    static_cast<std::string*>(into)->append(data, size * count);
    return size * count;
}

}  // namespace

CurlHttp::CurlHttp(std::string address, long connectSeconds, long requestSeconds)
    : address_(std::move(address)), connectSeconds_(connectSeconds), requestSeconds_(requestSeconds) {
    if (address_.empty() || address_.back() != '/') address_ += '/';
    std::string failure;
    if (const Curl* c = loadCurl(failure)) curl_ = c->init();
}

CurlHttp::~CurlHttp() {
    std::string failure;
    if (curl_) loadCurl(failure)->cleanup(static_cast<CURL*>(curl_));
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
    const Curl* c = loadCurl(out.failure);
    CURL* curl = static_cast<CURL*>(curl_);
    if (!c || !curl) {
        if (out.failure.empty()) out.failure = "libcurl could not start";
        return out;
    }
    c->reset(curl);
    const std::string url = address_ + path;
    const std::string verb(method);
    char error[CURL_ERROR_SIZE] = {};
    curl_slist* headers = c->slistAppend(nullptr, "Content-Type: application/json");
    headers = c->slistAppend(headers, "Accept: application/json");
    c->setopt(curl, CURLOPT_URL, url.c_str());
    c->setopt(curl, CURLOPT_CUSTOMREQUEST, verb.c_str());
    c->setopt(curl, CURLOPT_HTTPHEADER, headers);
    c->setopt(curl, CURLOPT_ERRORBUFFER, error);
    c->setopt(curl, CURLOPT_CONNECTTIMEOUT, connectSeconds_);
    c->setopt(curl, CURLOPT_TIMEOUT, requestSeconds_);
    c->setopt(curl, CURLOPT_NOSIGNAL, 1L);
    c->setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    c->setopt(curl, CURLOPT_WRITEDATA, &out.body);
    if (verb == "HEAD") c->setopt(curl, CURLOPT_NOBODY, 1L);
    if (!body.empty() || verb == "POST" || verb == "PUT") {
        c->setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
        c->setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    const CURLcode done = c->perform(curl);
    c->slistFreeAll(headers);
    if (done != CURLE_OK) {
        out.failure = error[0] ? error : c->strerror(done);
        out.body.clear();
        return out;
    }
    long status = 0;
    c->getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    out.status = static_cast<int>(status);
    const char* type = nullptr;
    c->getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
    if (type) out.type = type;
    return out;
}

}  // namespace spanmark::platform
