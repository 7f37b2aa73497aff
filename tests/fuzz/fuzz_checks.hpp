#pragma once
// What every reader's fuzz target asserts about what it read: each document
// passes validate's rules (nothing invalid passes as read), and written back
// in its format (unless the writer refuses it, with a reason) it reads again,
// as valid. A failed assertion aborts, which libFuzzer reports as a finding.
#include <cstdlib>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "formats/any_format.hpp"
#include "formats/brat.hpp"

namespace spanmark::fuzz {

inline void mustBeValid(const std::vector<Document>& docs) {
    for (const Document& d : docs)
        if (checkDocument(d)) std::abort();
}

// `readBack` false for CoNLL, whose text is rebuilt from tokens (a text of
// spaces alone has none to read back): its output is only written.
inline void mustRoundTrip(const std::vector<Document>& docs, const std::string& format, bool readBack = true) {
    mustBeValid(docs);
    if (docs.empty()) return;
    std::vector<const Document*> pointers;
    for (const Document& d : docs) pointers.push_back(&d);
    std::vector<std::string> dropped;
    auto files = formats::writeFormat(pointers, format, dropped);
    if (!files) {
        if (files.error().message.empty()) std::abort();  // a refusal says why
        return;
    }
    if (!readBack) return;
    Result<formats::Imported> back = formats::Imported{};
    if (format == "brat") back = formats::readBrat((*files)[0].contents, (*files)[1].contents, "fuzz");
    else back = formats::readFormat((*files)[0].contents, "fuzz" + (*files)[0].suffix, format);
    if (!back) std::abort();
    mustBeValid(back->documents);
}

}  // namespace spanmark::fuzz
