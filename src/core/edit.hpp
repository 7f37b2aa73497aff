#pragma once
// Every change to a document is an Edit: a list of small operations, each
// with an exact inverse. The history (core/history.hpp) applies edits and
// their inverses, so undo, redo and autosave all come from one place.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/boundaries.hpp"
#include "core/document.hpp"

namespace spanmark {

namespace op {
struct AddSpan { Span span; };
struct RemoveSpan { Span span; };
struct ChangeSpan { Span before, after; };  // same id
struct AddRelation { Relation relation; };
struct RemoveRelation { Relation relation; };
struct ChangeLabels { std::vector<Label> before, after; };
struct ChangeMeta { std::string before, after; };  // the `meta` object, as JSON text
}  // namespace op

using Operation = std::variant<op::AddSpan, op::RemoveSpan, op::ChangeSpan, op::AddRelation, op::RemoveRelation,
                               op::ChangeLabels, op::ChangeMeta>;

struct Edit {
    std::string description;  // for the undo menu: "add ACTOR span", "label 12 matches"
    std::vector<Operation> operations;

    bool empty() const { return operations.empty(); }
    void append(Edit other);
};

Operation inverse(const Operation& operation);
Edit inverse(const Edit& edit);

// Applies every operation or none: on a refusal the document is as before
// and the error names the span or relation at fault.
std::optional<Error> apply(Document& doc, const Edit& edit);

// Builders for the editor's commands. Each checks nothing itself: apply() does.
namespace edits {
Edit addSpan(const Document& doc, Range range, const std::string& label);
// One step that adds a span on each range, with fresh ids, skipping ranges
// that already carry a span of that label.
Edit addSpans(const Document& doc, const std::vector<Range>& ranges, const std::string& label, std::string description);
// Removes the span and, in the same step, the relations that touch it.
Edit deleteSpan(const Document& doc, const std::string& spanId);
// Relations that the new label no longer allows are removed in the same step.
Edit relabelSpan(const Document& doc, const std::string& spanId, const std::string& label);
Edit resizeSpan(const Document& doc, const std::string& spanId, Range range);
Edit setSpanNote(const Document& doc, const std::string& spanId, const std::string& note);
Edit setSpanAttributes(const Document& doc, const std::string& spanId, const Attributes& attributes);
Edit addRelation(const Document& doc, const std::string& label, const std::string& fromSpan, const std::string& toSpan);
Edit deleteRelation(const Document& doc, const std::string& relationId);
Edit setLabels(const Document& doc, std::vector<Label> labels);
// A new label set where some labels were renamed (old name -> new name): the
// spans and relations that carry a renamed label move with it, in one step.
Edit replaceLabels(const Document& doc, std::vector<Label> labels, const std::map<std::string, std::string>& renamed);
}  // namespace edits

}  // namespace spanmark
