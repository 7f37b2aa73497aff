#include "formats/json_stream.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

// What the builder refused, counted in the order the tokens come, so that the
// byte can be found again by a scan of the input (SAX callbacks carry no position).
enum class Token { Open, Key };

// The byte where the `ordinal`-th token of that kind (0-based) starts.
std::size_t findToken(std::string_view input, Token kind, std::size_t ordinal) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (c == '"') {
            const std::size_t start = i;
            i = jsonStringEnd(input, i);
            if (kind == Token::Key && isJsonKey(input, i) && seen++ == ordinal) return start;
        } else if (kind == Token::Open && (c == '{' || c == '[')) {
            if (seen++ == ordinal) return i;
        }
    }
    return input.size();
}

struct Refusal {
    Token token;
    std::size_t ordinal;
    std::string message;
};

class Builder {
public:
    Builder(ParsedJson& out, const std::string& key, const OnElement* onElement)
        : out_(out), streamedKey_(key), onElement_(onElement) {}

    std::optional<Refusal> refusal;

    bool null() { return value(Json(nullptr)); }
    bool boolean(bool v) { return value(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
    // Never infinite: nlohmann's parser refuses an overflowing number itself (see parse_error).
    bool number_float(Json::number_float_t v, const Json::string_t&) { return value(Json(v)); }
    bool string(Json::string_t& v) { return value(Json(std::move(v))); }
    bool binary(Json::binary_t&) { return false; }  // never produced by the text parser

    bool start_object(std::size_t) { return open(Json::object()); }
    bool key(Json::string_t& k) {
        ++keys_;  // a key given twice is refused when its value is placed (one map look-up, not two)
        key_ = std::move(k);
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) {
        const bool streamed = onElement_ && stack_.size() == 1 && key_ == streamedKey_ && stack_.back()->is_object();
        if (!open(Json::array())) return false;
        if (streamed) streamed_ = stack_.back();
        return true;
    }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& e) {
        syntaxByte_ = position == 0 ? 0 : position - 1;  // nlohmann counts the byte it stopped after
        if (std::string_view(e.what()).find("number overflow") != std::string_view::npos) {
            overflow_ = true;  // 1e999: the lexer refuses it; say so, where the number starts
            syntaxByte_ = position >= lastToken.size() ? position + 1 - lastToken.size() : 0;
        }
        return false;
    }

    std::size_t syntaxByte_ = 0;
    bool overflow_ = false;

private:
    bool refuse(Token token, std::size_t ordinal, std::string message) {
        refusal = Refusal{token, ordinal, std::move(message)};
        return false;
    }

    bool open(Json v) {
        if (stack_.size() >= kMaxJsonDepth)
            return refuse(Token::Open, opens_, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        ++opens_;
        Json* placed = place(std::move(v));
        if (!placed) return false;
        stack_.push_back(placed);
        return true;
    }

    // Puts a new value into the container being built and returns where it
    // lives; nullptr (and a refusal) when its key is already in the object.
    Json* place(Json v) {
        if (stack_.empty()) {
            out_.root = std::move(v);
            return &out_.root;
        }
        Json* parent = stack_.back();
        if (parent->is_array()) {
            parent->push_back(std::move(v));
            return &parent->back();
        }
        // try_emplace moves neither key nor value when the key is there: the key stays for the message.
        auto [slot, added] = parent->get_ref<Json::object_t&>().try_emplace(std::move(key_), std::move(v));
        if (!added) {
            refuse(Token::Key, keys_ - 1, "the key \"" + key_ + "\" appears twice in one object");
            return nullptr;
        }
        return &slot->second;
    }

    bool value(Json v) {
        if (!place(std::move(v))) return false;
        return handOver();
    }

    bool close() {
        stack_.pop_back();
        return handOver();
    }

    // A finished element of the streamed array goes to the callback, not the tree.
    bool handOver() {
        if (streamed_ == nullptr || stack_.empty() || stack_.back() != streamed_) return true;
        Json element = std::move(streamed_->back());
        streamed_->get_ref<Json::array_t&>().pop_back();
        return (*onElement_)(std::move(element), out_.root);
    }

    ParsedJson& out_;
    const std::string& streamedKey_;
    const OnElement* onElement_;
    std::vector<Json*> stack_;
    std::string key_;
    Json* streamed_ = nullptr;
    std::size_t opens_ = 0, keys_ = 0;
};

ParsedJson parse(std::string_view input, const std::string& streamedKey,
                   const OnElement* onElement, std::size_t firstLine) {
    ParsedJson out;
    Builder builder(out, streamedKey, onElement);
    out.complete = Json::sax_parse(input, &builder);
    if (out.complete) return out;
    if (builder.refusal) {
        const std::size_t byte = findToken(input, builder.refusal->token, builder.refusal->ordinal);
        out.error = locatedError(input, byte, firstLine, builder.refusal->message);
    } else {
        out.syntax = !builder.overflow_;
        out.error = locatedError(input, builder.syntaxByte_, firstLine,
                                 builder.overflow_ ? "the number is too large to be read" : "not valid JSON");
    }
    return out;
}

}  // namespace

std::size_t jsonStringEnd(std::string_view input, std::size_t open) {
    std::size_t i = open + 1;
    for (; i < input.size() && input[i] != '"'; ++i)
        if (input[i] == '\\') ++i;
    return std::min(i, input.size());
}

bool isJsonKey(std::string_view input, std::size_t close) {
    std::size_t next = close + 1;
    while (next < input.size() && (input[next] == ' ' || input[next] == '\t' || input[next] == '\r' || input[next] == '\n'))
        ++next;
    return next < input.size() && input[next] == ':';
}

Error locatedError(std::string_view input, std::size_t byte, std::size_t firstLine, std::string message) {
    byte = std::min(byte, input.size());
    Error e{{}, std::move(message), firstLine, 1};
    for (std::size_t i = 0; i < byte; ++i) {
        if (input[i] == '\n') {
            ++e.line;
            e.column = 1;
        } else if ((static_cast<unsigned char>(input[i]) & 0xC0) != 0x80) {
            ++e.column;
        }
    }
    e.where = "line " + std::to_string(e.line) + ", column " + std::to_string(e.column);
    return e;
}

ParsedJson parseStreaming(std::string_view input, const std::string& streamedKey,
                            const OnElement& onElement, std::size_t firstLine) {
    return parse(input, streamedKey, &onElement, firstLine);
}

ParsedJson parseJsonValue(std::string_view input, std::size_t firstLine) {
    return parse(input, std::string(), nullptr, firstLine);
}

Result<Json> parseJson(std::string_view input, std::size_t firstLine) {
    ParsedJson parsed = parse(input, std::string(), nullptr, firstLine);
    if (!parsed.complete) return parsed.error;
    return std::move(parsed.root);
}

}  // namespace spanmark::formats
