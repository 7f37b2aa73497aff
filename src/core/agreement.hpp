#pragma once
// Inter-annotator agreement between two annotations of the same documents:
// exact-span precision, recall and F1 per label, an overlap-based figure
// (spans of one label that share any character count as a match, one to
// one), and relation agreement by the bounds and labels of both ends.
#include <cstddef>
#include <map>
#include <string>

#include "core/document.hpp"

namespace spanmark {

struct Counts {
    std::size_t matched = 0;   // in both
    std::size_t onlyA = 0;     // in A only (A is the reference: these are misses of B)
    std::size_t onlyB = 0;     // in B only
    double precision() const { return matched + onlyB ? double(matched) / double(matched + onlyB) : 1.0; }
    double recall() const { return matched + onlyA ? double(matched) / double(matched + onlyA) : 1.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    Counts& operator+=(const Counts& o) {
        matched += o.matched;
        onlyA += o.onlyA;
        onlyB += o.onlyB;
        return *this;
    }
};

// Attribution: of A's relations whose source span B also has (same bounds
// and label) and gives a relation of the same label, how many B points at
// the same target. For SPEAKER: of the quotes both found, how many both
// attribute to the same actor span.
struct Attribution {
    std::size_t judged = 0;
    std::size_t correct = 0;
    double accuracy() const { return judged ? double(correct) / double(judged) : 1.0; }
};

struct Agreement {
    std::map<std::string, Counts> exact;    // per span label
    std::map<std::string, Counts> overlap;  // per span label
    std::map<std::string, Counts> relations;  // per relation label
    std::map<std::string, Attribution> attribution;  // per relation label
    std::size_t documents = 0;

    Counts exactTotal() const;
    Counts overlapTotal() const;
    Counts relationTotal() const;
    Agreement& operator+=(const Agreement& o);
};

// A is the reference. Both must annotate the same text.
Agreement compare(const Document& a, const Document& b);

}  // namespace spanmark
