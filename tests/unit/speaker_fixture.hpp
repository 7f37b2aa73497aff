#pragma once
// What the speaker rules attribute in a short text, as "quote -> speaker"
// strings, for tests that read like the cases they check.
#include <string>
#include <vector>

#include "suggest/quotes.hpp"
#include "suggest/scan.hpp"
#include "suggest/speakers.hpp"

namespace spanmark::test {

inline std::vector<std::string> speakers(const std::string& s) {
    const Text t = std::move(Text::fromUtf8(s).value());
    const suggest::Scan scan(t);
    std::vector<std::string> out;
    for (const suggest::Attribution& a : suggest::findSpeakers(scan, suggest::findQuotes(scan), {}))
        out.push_back(std::string(t.slice(a.quote.begin, a.quote.end)) + " -> " + std::string(t.slice(a.actor.begin, a.actor.end)));
    return out;
}

}  // namespace spanmark::test
