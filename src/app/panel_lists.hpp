#pragma once
// What the side panel lists: every span grouped by label (filtered by a
// text), and every quote with its speakers, in file order. Derived from the
// document once, then kept up to date by each change's operations, so a
// step on a document of 50,000 spans costs what it changed, not a rebuild.
// No ImGui here: the lists are unit-tested against a rebuild.
#include <cstddef>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/edit.hpp"

namespace spanmark::app {

class PanelLists {
public:
    struct Entry {
        std::size_t start = 0, end = 0;
        std::string label, id;
    };
    struct Group {
        std::string label;
        std::vector<Entry> spans;  // in file order, those the filter lets through
        std::size_t total = 0;     // with those it does not
    };
    struct Quote {
        Entry span;
        std::vector<std::string> speakers;  // span ids, by relation id
    };

    // Derives everything again: after a load, a new filter or labels.
    void rebuild(const Document& doc, const std::string& filter);
    // Follows one change already applied to `doc` (undone: its inverse was).
    void follow(const Document& doc, const Edit& edit, bool undone);

    const std::vector<Group>& groups() const { return groups_; }
    const std::vector<Quote>& quotes() const { return quotes_; }
    std::size_t unattributed() const { return unattributed_; }
    const std::string& filter() const { return filter_; }

private:
    bool passes(const Document& doc, const Span& s) const;
    void addSpan(const Document& doc, const Span& s);
    void removeSpan(const Span& s);
    void respeak(const Document& doc, const std::string& quoteId);
    // Where a quote with these bounds is, or would go, in file order.
    std::vector<Quote>::iterator quoteAt(const Entry& e);

    std::string filter_;
    std::u32string needle_;
    std::vector<std::string> sources_;  // the labels that quote
    std::vector<Group> groups_;
    std::vector<Quote> quotes_;
    std::size_t unattributed_ = 0;
};

}  // namespace spanmark::app
