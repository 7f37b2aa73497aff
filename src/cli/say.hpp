#pragma once
// What the command line prints, and how: every message goes through say(),
// which shows control characters from files (an ESC sequence in a label, an
// id or a text) escaped instead of sending them to the terminal; errors read
// FILE:LINE:COLUMN: error: what, as compilers write them.
#include <cstdio>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace spanmark::cli {

// Control characters (C0, DEL, C1) as \xHH or \u00HH; a trailing newline is kept.
std::string terminalSafe(std::string_view text);

void say(std::FILE* to, const char* format, ...) __attribute__((format(printf, 2, 3)));

// While one lives on a thread, that thread's messages for standard error are
// kept in it instead of written: a file read on a thread of its own speaks
// only when the files before it have, so errors come in the files' order.
class HeldMessages {
public:
    HeldMessages();
    ~HeldMessages();
    HeldMessages(const HeldMessages&) = delete;
    HeldMessages& operator=(const HeldMessages&) = delete;
    std::string take() { return std::move(text_); }

private:
    std::string text_;
    std::string* outer_;  // the messages held before this one on the thread, if any
};

void report(const std::string& path, const Error& e);
// A write failure as platform/files words it ("PATH: what (reason)"), as PATH: error: what (reason).
void reportWriteError(const std::string& failure);

// Standard output flushed and checked: a full disk or a closed pipe is an
// error (exit 1), never a cut report with exit 0.
bool standardOutputWritten();

extern const char* const kUsage;

}  // namespace spanmark::cli
