#include "formats/json_stream.hpp"

#include <vector>

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

class Builder {
public:
    Builder(StreamedJson& out, const std::string& key, const std::function<bool(Json&&)>& onElement)
        : out_(out), streamedKey_(key), onElement_(onElement) {}

    bool null() { return value(Json(nullptr)); }
    bool boolean(bool v) { return value(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t&) { return value(Json(v)); }
    bool string(Json::string_t& v) { return value(Json(std::move(v))); }
    bool binary(Json::binary_t&) { return false; }  // never produced by the text parser

    bool start_object(std::size_t) {
        stack_.push_back(place(Json::object()));
        return true;
    }
    bool key(Json::string_t& k) {
        key_ = std::move(k);
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) {
        const bool streamed = stack_.size() == 1 && key_ == streamedKey_ && stack_.back()->is_object();
        Json* array = place(Json::array());
        if (streamed) streamed_ = array;
        stack_.push_back(array);
        return true;
    }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
        out_.error = {position, e.what()};
        return false;
    }

private:
    // Puts a new value into the container being built and returns where it lives.
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
        Json& slot = (*parent)[key_];
        slot = std::move(v);
        return &slot;
    }

    bool value(Json v) {
        place(std::move(v));
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
        return onElement_(std::move(element));
    }

    StreamedJson& out_;
    const std::string& streamedKey_;
    const std::function<bool(Json&&)>& onElement_;
    std::vector<Json*> stack_;
    std::string key_;
    Json* streamed_ = nullptr;
};

}  // namespace

StreamedJson parseStreaming(std::string_view input, const std::string& streamedKey,
                            const std::function<bool(Json&&)>& onElement) {
    StreamedJson out;
    Builder builder(out, streamedKey, onElement);
    out.complete = Json::sax_parse(input, &builder);
    return out;
}

}  // namespace spanmark::formats
