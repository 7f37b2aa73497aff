#include "cli/say.hpp"

#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <vector>

namespace spanmark::cli {

const char* const kUsage =
    "usage: spanmark COMMAND ...\n"
    "\n"
    "  validate FILE...   exit 0 if every file is a valid spanmark document or corpus\n"
    "  stats FILE...      spans per label, relations and quotes, per document and in all\n"
    "  agree A B [C ...] [--format table|csv|json]\n"
    "                     agreement of annotators (a file each): pairwise F1, Cohen's and Fleiss'\n"
    "                     kappa, Krippendorff's alpha; with two, B's precision and recall against A\n"
    "  merge A B [C ...] [--min-agree M] -o OUT | merge URL -o OUT\n"
    "                     one document per text for review: what M annotators (default: all)\n"
    "                     made accepted, each difference's variants suggested with their annotators\n"
    "  suggest FILE [--model MODEL [--threshold T]] [-o OUT]\n"
    "                     pre-annotations by rules (figures, quotes, speakers, labelled strings\n"
    "                     again) and the learned tagger, added to a copy of the file; each carries\n"
    "                     \"suggested\": RULE (the tagger's also \"confidence\"; T: 0 to 1, default 0.5)\n"
    "  train CORPUS... -o MODEL [--epochs N]\n"
    "                     the tagger trained on the corpus's spans (every span label of its set)\n"
    "  train --team URL -o MODEL [--epochs N]\n"
    "                     the tagger trained on a team's accepted layers (the golds marked done)\n"
    "  convert IN --to FORMAT [-o OUT] [--from FORMAT]\n"
    "                     FORMAT: spanmark, text, doccano, labelstudio, spacy, brat, conll;\n"
    "                     the input format is guessed from the file when --from is absent\n"
    "  team init URL CORPUS --users FILE [--overlap N] | team status URL | team export URL -o OUT\n"
    "                     a shared corpus on a CouchDB server: assignments, progress, every layer\n"
    "\n"
    "Files are spanmark JSON (.json), JSONL corpora (.jsonl), plain UTF-8 text, or (convert)\n"
    "another tool's format. Without -o the result goes to standard output. Errors read\n"
    "FILE:LINE:COLUMN: error: what is wrong. Exit status: 0 done, 1 refused or not written,\n"
    "2 usage. The full reference is docs/cli.md.\n";

std::string terminalSafe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        char code[8];
        if (c == '\n' && i + 1 == text.size()) {
            out += '\n';
        } else if (c < 0x20 || c == 0x7f) {
            std::snprintf(code, sizeof code, "\\x%02X", c);
            out += code;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            std::snprintf(code, sizeof code, "\\u%04X", static_cast<unsigned char>(text[++i]));
            out += code;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

namespace {
thread_local std::string* g_heldText = nullptr;  // the innermost HeldMessages' text on this thread
}  // namespace

HeldMessages::HeldMessages() : outer_(g_heldText) { g_heldText = &text_; }

HeldMessages::~HeldMessages() { g_heldText = outer_; }

void say(std::FILE* to, const char* format, ...) {
    va_list args, again;
    va_start(args, format);
    va_copy(again, args);
    const int size = std::vsnprintf(nullptr, 0, format, args);
    va_end(args);
    std::vector<char> buffer(static_cast<std::size_t>(size > 0 ? size : 0) + 1);
    std::vsnprintf(buffer.data(), buffer.size(), format, again);
    va_end(again);
    const std::string safe = terminalSafe(std::string_view(buffer.data(), buffer.size() - 1));
    if (to == stderr && g_heldText) *g_heldText += safe;
    else std::fwrite(safe.data(), 1, safe.size(), to);
}

void report(const std::string& path, const Error& e) {
    const std::string what = e.where.empty() || e.where.rfind("line ", 0) == 0 ? e.message : e.where + ": " + e.message;
    if (e.line > 0 && e.column > 0) say(stderr, "%s:%zu:%zu: error: %s\n", path.c_str(), e.line, e.column, what.c_str());
    else if (e.line > 0) say(stderr, "%s:%zu: error: %s\n", path.c_str(), e.line, what.c_str());
    else say(stderr, "%s: error: %s\n", path.c_str(), e.describe().c_str());
}

void reportWriteError(const std::string& failure) {
    // The path may hold ": " itself; the reason never holds " (" before its last one.
    const auto reason = failure.rfind(" (");
    const auto colon = failure.rfind(": ", reason);
    if (colon == std::string::npos) say(stderr, "error: %s\n", failure.c_str());
    else say(stderr, "%s: error: %s\n", failure.substr(0, colon).c_str(), failure.substr(colon + 2).c_str());
}

bool standardOutputWritten() {
    errno = 0;
    if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return true;
    const int error = errno ? errno : EIO;
    say(stderr, "standard output: error: could not be written (%s)\n", std::strerror(error));
    return false;
}

}  // namespace spanmark::cli
