#pragma once
// A value or a located error. Loading never throws past the formats layer:
// every refusal carries a place a person can find.
#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace spanmark {

struct Error {
    std::string where;    // e.g. "/spans/3/end", "span s7", "byte 1042"
    std::string message;  // what is wrong, in words
    std::size_t line = 0;    // 1-based in the file, 0 when unknown
    std::size_t column = 0;  // 1-based, in characters, 0 when unknown

    std::string describe() const { return where.empty() ? message : where + ": " + message; }
};

template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    explicit operator bool() const { return state_.index() == 0; }
    T& value() { return std::get<0>(state_); }
    const T& value() const { return std::get<0>(state_); }
    T& operator*() { return value(); }
    T* operator->() { return &value(); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

}  // namespace spanmark
