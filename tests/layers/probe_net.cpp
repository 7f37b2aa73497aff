#include "platform/net/curl_http.hpp"
