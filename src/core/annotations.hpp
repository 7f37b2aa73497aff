#pragma once
// Spans and relations with the lookups the editor and the file writer need:
// by id, in file order (start, end, label), and by position through an
// interval index, so "spans covering p" and "spans meeting [a, b)" cost
// O((k + 1) log n) for k hits rather than a scan of every span.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "core/interval_index.hpp"

namespace spanmark {

using AttributeValue = std::variant<std::string, std::int64_t, double, bool>;
using Attributes = std::map<std::string, AttributeValue>;

struct Span {
    std::string id;
    std::size_t start = 0;  // code points, half-open
    std::size_t end = 0;
    std::string label;
    Attributes attributes;
    std::string note;
    std::string extraJson;  // unknown keys, kept for the round trip
    bool operator==(const Span&) const = default;
};

struct Relation {
    std::string id;
    std::string label;
    std::string from;  // span ids
    std::string to;
    std::string extraJson;
    bool operator==(const Relation&) const = default;
};

// "s2" before "s10": ids compare by their text, with digit runs by value.
bool naturalLess(std::string_view a, std::string_view b);

class Annotations {
public:
    std::size_t spanCount() const { return byId_.size(); }
    std::size_t relationCount() const { return relations_.size(); }

    const Span* span(std::string_view id) const;
    const Relation* relation(std::string_view id) const;
    // The span with exactly these bounds and label, if any.
    const Span* find(std::size_t start, std::size_t end, std::string_view label) const;

    // In file order: spans by (start, end, label), relations by id.
    void forEachSpan(const std::function<void(const Span&)>& visit) const;
    void forEachRelation(const std::function<void(const Relation&)>& visit) const;
    std::vector<const Span*> spans() const;
    std::vector<const Relation*> relations() const;

    // Spans with start <= pos < end, and spans with start < end' and end > begin', in file order.
    std::vector<const Span*> covering(std::size_t pos) const;
    std::vector<const Span*> intersecting(std::size_t begin, std::size_t end) const;
    void forEachIntersecting(std::size_t begin, std::size_t end, const std::function<void(const Span&)>& visit) const;
    // Relations with the span at either end.
    std::vector<const Relation*> relationsOf(std::string_view spanId) const;
    // A relation with this label from one span to another exists already.
    bool hasRelation(std::string_view label, std::string_view from, std::string_view to) const;

    std::string nextSpanId() const { return "s" + std::to_string(nextSpanNumber()); }
    std::size_t nextSpanNumber() const { return maxSpanNumber_ + 1; }
    std::string nextRelationId() const { return "r" + std::to_string(maxRelationNumber_ + 1); }

    // Raw changes, unchecked: callers (edits, the file reader) check first.
    void insertSpan(Span span);
    Span eraseSpan(std::string_view id);
    void insertRelation(Relation relation);
    Relation eraseRelation(std::string_view id);
    // Replaces all spans at once, sorted once: for loading a file. The deque
    // is emptied block by block as its spans move in, so a large file's spans
    // are never held twice.
    void assignSpans(std::deque<Span>&& spans);
    void assignSpans(std::vector<Span> spans);

private:
    std::uint32_t slotOf(std::string_view id) const;
    bool tieLess(std::uint32_t slotA, std::uint32_t slotB) const;

    std::deque<std::optional<Span>> slots_;  // grows without moving its spans: a large file is never held twice
    std::vector<std::uint32_t> freeSlots_;
    std::unordered_map<std::string, std::uint32_t> byId_;
    IntervalIndex index_;
    struct NaturalOrder {
        bool operator()(const std::string& a, const std::string& b) const { return naturalLess(a, b); }
    };
    std::map<std::string, Relation, NaturalOrder> relations_;
    // The relations at each span id, for relationsOf without a scan.
    std::unordered_map<std::string, std::vector<std::string>> relationsBySpan_;
    std::size_t maxSpanNumber_ = 0;
    std::size_t maxRelationNumber_ = 0;
};

}  // namespace spanmark
