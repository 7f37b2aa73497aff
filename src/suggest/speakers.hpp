#pragma once
// Who said each quote: attribution patterns after the quote ("…,” said X,
// “…,” X told reporters, “…,” she said, according to X) and before it
// (X said: “…”), a pronoun resolved to the nearest person named before the
// quote, and a quote that follows an attributed one in the same paragraph
// with none of its own taken as the same speaker's.
#include <cstdint>
#include <vector>

#include "core/boundaries.hpp"
#include "suggest/scan.hpp"

namespace spanmark::suggest {

struct Attribution {
    Range quote;
    Range actor;  // a name with its title ("Finance Minister Ana Ruiz"), or an existing ACTOR span
};

// `quotes` sorted by start; `actors` are ACTOR spans already in the document.
std::vector<Attribution> findSpeakers(const Scan& scan, const std::vector<Range>& quotes, const std::vector<Range>& actors);

// Capitalised names with their titles, in order: what a speaker can be.
// 32-bit, like Word: a 20 MB text has half a million of them.
struct Mention {
    std::uint32_t begin = 0;  // code points, half-open
    std::uint32_t end = 0;
    std::uint32_t firstWord = 0;  // of the name, titles included
    std::uint32_t lastWord = 0;
    bool person = false;  // a person's name rather than an organisation or a place
    Range range() const { return {begin, end}; }
};
std::vector<Mention> findMentions(const Scan& scan);

}  // namespace spanmark::suggest
