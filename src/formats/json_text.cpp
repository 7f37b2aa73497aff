#include "formats/json_text.hpp"

namespace spanmark::formats {

namespace {
// The characters of a JSON string literal, without its quotes.
void appendJsonChars(std::string& out, std::string_view s) {
    static const char* hex = "0123456789abcdef";
    std::size_t run = 0;  // start of the pending run of characters that need no escape
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out.append(s.data() + run, s.size() - run);
}
}  // namespace

void appendJsonString(std::string& out, std::string_view s) {
    out += '"';
    appendJsonChars(out, s);
    out += '"';
}

void appendJsonString(std::string& out, std::string_view s, const TextSink* sink) {
    if (!sink) return appendJsonString(out, s);
    out += '"';
    // A slice at a time (escapes are single bytes, so any cut is safe): a 20 MB
    // text never sits whole in the buffer beside the document it came from.
    for (std::size_t at = 0; at < s.size(); at += kSinkChunk) {
        appendJsonChars(out, s.substr(at, kSinkChunk));
        flushIfFull(out, *sink);
    }
    out += '"';
}

void appendJsonNumber(std::string& out, std::uint64_t n) { out += std::to_string(n); }

}  // namespace spanmark::formats
