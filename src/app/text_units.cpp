#include "app/text_units.hpp"

#include <fribidi.h>

#include <optional>

#include "core/boundaries.hpp"
#include "core/unicode.hpp"
#include "core/utf8.hpp"

namespace spanmark::app {
namespace {

constexpr const char* kJoiner = "\u200D";

FriBidiJoiningType joiningOf(char32_t c) { return fribidi_get_joining_type(static_cast<FriBidiChar>(c)); }

// Indic viramas (and Myanmar's and Khmer's stackers): a cluster ending in one joins the
// next consonant into a conjunct, as Unicode 15.1's grapheme rule GB9c has it.
bool isVirama(char32_t c) {
    switch (c) {
    case 0x094D: case 0x09CD: case 0x0A4D: case 0x0ACD: case 0x0B4D: case 0x0BCD:
    case 0x0C4D: case 0x0CCD: case 0x0D4D: case 0x1039: case 0x17D2:
        return true;
    default:
        return false;
    }
}

bool isLam(char32_t c) { return c == 0x0644; }
bool isAlef(char32_t c) { return c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0627; }

// The first code point of [begin, end) that joining does not skip (not a mark), or `end`;
// indices into the line's code points.
std::size_t firstBase(const std::u32string& cps, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
        if (!FRIBIDI_IS_JOIN_SKIPPED(joiningOf(cps[i]))) return i;
    return end;
}
std::size_t lastBase(const std::u32string& cps, std::size_t begin, std::size_t end) {
    for (std::size_t i = end; i > begin; --i)
        if (!FRIBIDI_IS_JOIN_SKIPPED(joiningOf(cps[i - 1]))) return i - 1;
    return end;
}

// Whether a grapheme cluster ends between a and b, answered from the two alone where the
// rules (UAX #29) need nothing more, as between most letters and marks; nullopt otherwise.
std::optional<bool> plainBoundary(char32_t a, char32_t b) {
    using G = unicode::GraphemeBreak;
    const G pa = unicode::graphemeBreak(a), pb = unicode::graphemeBreak(b);
    if (pa != G::Other && pa != G::Extend && pa != G::SpacingMark) return std::nullopt;
    if (pb == G::Extend || pb == G::ZWJ || pb == G::SpacingMark) return false;  // GB9, GB9a
    if (pb == G::Other || pb == G::Prepend) return true;                        // GB999
    return std::nullopt;
}

}  // namespace

bool isJoiningLetter(char32_t c) {
    const FriBidiJoiningType t = joiningOf(c);
    return FRIBIDI_IS_JOIN_BASE_SHAPES(t) != 0;
}

std::vector<SystemUnit> systemUnits(const Text& text, std::size_t begin, std::size_t end,
                                    const std::function<bool(char32_t)>& hasGlyph) {
    struct Cluster {
        std::size_t begin, end;  // into cps
        bool system, joins;
    };
    // The line's code points, decoded once: the walk below looks at each several times.
    std::u32string cps;
    cps.reserve(end - begin);
    const std::string_view bytes = text.bytes();
    for (std::size_t byte = text.byteOf(begin), cp = begin; cp < end; ++cp) {
        const utf8::Decoded d = utf8::decode(bytes, byte);
        cps.push_back(d.codePoint);
        byte += d.length;
    }
    const std::size_t n = cps.size();
    std::vector<Cluster> clusters;
    bool any = false;
    for (std::size_t at = 0; at < n;) {
        std::size_t next = at + 1;
        while (next < n) {
            const std::optional<bool> plain = plainBoundary(cps[next - 1], cps[next]);
            if (plain ? *plain : isGraphemeBoundary(text, begin + next)) break;
            ++next;
        }
        Cluster c{at, next, false, false};
        for (std::size_t i = at; i < next; ++i) {
            const char32_t cp = cps[i];
            c.joins = c.joins || (cp >= 0x0600 && isJoiningLetter(cp));
            c.system = c.system || needsSystemFont(cp, hasGlyph(cp));
        }
        any = any || c.system;
        clusters.push_back(c);
        at = next;
    }
    std::vector<SystemUnit> units;
    if (!any) return units;
    auto utf8Of = [&](std::size_t from, std::size_t to) {
        std::string out;
        for (std::size_t i = from; i < to; ++i) utf8::append(out, cps[i]);
        return out;
    };
    for (std::size_t k = 0; k < clusters.size(); ++k) {
        if (!clusters[k].system) continue;
        SystemUnit u{clusters[k].begin, clusters[k].end, {}, {}};
        // A conjunct: the cluster after a virama belongs to it, as long as it is a letter.
        while (k + 1 < clusters.size() && isVirama(cps[u.end - 1]) && clusters[k + 1].system &&
               !isJoiningLetter(cps[clusters[k + 1].begin]) && cps[clusters[k + 1].begin] > 0x20) {
            u.end = clusters[++k].end;
        }
        const bool joins = clusters[k].joins;
        // Lam followed by alef is one ligature.
        if (joins && k + 1 < clusters.size() && clusters[k + 1].joins) {
            const std::size_t lam = lastBase(cps, u.begin, u.end);
            const std::size_t alef = firstBase(cps, clusters[k + 1].begin, clusters[k + 1].end);
            if (lam < u.end && isLam(cps[lam]) && alef < clusters[k + 1].end && isAlef(cps[alef])) u.end = clusters[++k].end;
        }
        bool joinsBefore = false, joinsAfter = false;
        if (joins) {
            const std::size_t first = firstBase(cps, u.begin, u.end);
            const std::size_t last = lastBase(cps, u.begin, u.end);
            if (first < u.end && FRIBIDI_JOINS_RIGHT(joiningOf(cps[first]))) {
                const std::size_t before = lastBase(cps, 0, u.begin);
                joinsBefore = before < u.begin && FRIBIDI_JOINS_LEFT(joiningOf(cps[before]));
            }
            if (last < u.end && FRIBIDI_JOINS_LEFT(joiningOf(cps[last]))) {
                const std::size_t after = firstBase(cps, u.end, n);
                joinsAfter = after < n && FRIBIDI_JOINS_RIGHT(joiningOf(cps[after]));
            }
        }
        if (joinsBefore) u.key += kJoiner;
        u.key += utf8Of(u.begin, u.end);
        if (joinsAfter) u.key += kJoiner;
        // Letters of a joining script that touch make one word, drawn whole.
        if (joins && !units.empty() && !units.back().parts.empty() && units.back().end == u.begin) {
            units.back().end = u.end;
            units.back().parts.push_back(std::move(u));
        } else if (joins) {
            SystemUnit word{u.begin, u.end, {}, {}};
            word.parts.push_back(std::move(u));
            units.push_back(std::move(word));
        } else {
            units.push_back(std::move(u));
        }
    }
    // From the line's indices to the text's code points.
    for (SystemUnit& unit : units) {
        if (!unit.parts.empty()) unit.key = utf8Of(unit.begin, unit.end);
        unit.begin += begin;
        unit.end += begin;
        for (SystemUnit& part : unit.parts) {
            part.begin += begin;
            part.end += begin;
        }
    }
    return units;
}

}  // namespace spanmark::app
