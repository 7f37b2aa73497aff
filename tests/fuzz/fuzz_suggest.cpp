// libFuzzer target: the suggestion rules on any text. Whatever they
// suggest must be a valid edit of the document (spans in range, not empty,
// relations between the right labels), accepted all at once and one by one
// through the review, and undo must take each step back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "workspace/suggestion_review.hpp"
#include "core/history.hpp"
#include "suggest/suggest.hpp"

using namespace spanmark;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto text = Text::fromUtf8(std::string(reinterpret_cast<const char*>(data), size));
    if (!text) return 0;
    Document doc;
    doc.text = std::move(text.value());
    const suggest::Suggestions all = suggest::suggestFor(doc);
    Document copy = doc;
    if (apply(copy, suggest::acceptEdit(copy, all.spans, all.relations, true, "all"))) std::abort();

    History history;
    workspace::SuggestionReview review;
    review.rebuild(doc);
    for (int i = 0; i < 64 && review.step(1, 0); ++i) {
        Edit e = review.acceptCurrent(doc);
        const Edit kept = e;
        if (history.apply(doc, std::move(e))) std::abort();
        review.afterEdit(doc, kept, false);
        if (i % 5 == 4) review.rejectCurrent();
    }
    while (history.canUndo()) {
        if (!history.undo(doc)) std::abort();
        review.afterEdit(doc, *history.nextRedo(), true);
    }
    if (doc.annotations.spanCount() != 0) std::abort();
    return 0;
}
