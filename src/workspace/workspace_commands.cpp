// The commands that change a document or the selection on it.
#include <algorithm>

#include "core/unicode.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::workspace {

namespace {

std::vector<const Label*> relationLabels(const Document& doc, const std::string& from, const std::string* to) {
    std::vector<const Label*> out;
    for (const Label& l : doc.labels) {
        if (l.kind != LabelKind::Relation) continue;
        if (std::find(l.from.begin(), l.from.end(), from) == l.from.end()) continue;
        if (to && std::find(l.to.begin(), l.to.end(), *to) == l.to.end()) continue;
        out.push_back(&l);
    }
    return out;
}

}  // namespace

// Every change to the document passes here (or through undo and redo): the
// suggestions follow it, autosave journals it, the corpus counts it.
void Workspace::recordChange(const Edit& applied) {
    autosave_.changed(session_.document(), applied, steadyNowMs());
    if (corpus_) {
        corpus_->updateSummary(corpus_->current(), session_.document());
        corpusDirty_ = true;
    }
    host_.requestFrame();
}

bool Workspace::record(Edit edit) {
    if (readOnly_) {
        status_ = "Not done: this document is open in another window (read-only here; Take over to edit)";
        return false;
    }
    const bool changes = !edit.empty();  // an empty edit is not recorded
    if (auto error = session_.apply(std::move(edit))) {
        status_ = "Not done: " + error->describe();
        return false;
    }
    if (!changes) return true;
    const Edit& applied = *session_.history().nextUndo();
    review_.afterEdit(session_.document(), applied, false);
    recordChange(applied);
    return true;
}

Outcome Workspace::apply(Edit edit) {
    const std::string what = edit.description;
    if (!record(std::move(edit))) return {false, status_};
    return done(what);
}

Outcome Workspace::applyLabel(const std::string& label) {
    const Document& doc = session_.document();
    if (selection_.hasSelection()) {
        Edit e = edits::addSpan(doc, selection_.range(), label);
        const std::string id = std::get<op::AddSpan>(e.operations.front()).span.id;
        if (!record(std::move(e))) return {false, status_};
        selectSpan(id, false);
        return done("Added " + label + " " + id);
    }
    if (const Span* s = doc.annotations.span(selection_.selectedSpan)) {
        if (s->label == label) return {true, status_};
        const std::string id = s->id;
        if (!record(edits::relabelSpan(doc, id, label))) return {false, status_};
        return done(id + " is now " + label);
    }
    return refused("Select some text first (drag, double-click or Shift+arrows), then press a label key");
}

Outcome Workspace::labelAll(const std::vector<Range>& ranges, const std::string& label) {
    if (ranges.empty()) return refused("Nothing to label");
    Edit e = edits::addSpans(session_.document(), ranges, label, "label " + std::to_string(ranges.size()) + " matches " + label);
    const std::size_t added = e.operations.size();
    if (added == 0) return refused("Every match is already " + label);
    if (!record(std::move(e))) return {false, status_};
    return done("Labelled " + std::to_string(added) + " matches " + label + " (" + std::to_string(ranges.size() - added) +
                " already were)");
}

Outcome Workspace::deleteSelected() {
    const Document& doc = session_.document();
    if (!selection_.selectedRelation.empty()) {
        const std::string id = selection_.selectedRelation;
        const bool ok = record(edits::deleteRelation(doc, id));
        selection_.selectedRelation.clear();
        return ok ? done("Removed relation " + id) : Outcome{false, status_};
    }
    const Span* s = doc.annotations.span(selection_.selectedSpan);
    if (!s) return {false, status_};
    const std::string id = s->id;
    const std::size_t start = s->start;
    const std::size_t linked = doc.annotations.relationsOf(id).size();
    if (!record(edits::deleteSpan(doc, id))) return {false, status_};
    selection_.placeCaret(start);
    return done("Removed " + id + (linked ? " and " + std::to_string(linked) + " relation(s)" : ""));
}

Outcome Workspace::startRelation() {
    const Document& doc = session_.document();
    const Span* s = doc.annotations.span(selection_.selectedSpan);
    if (!s) return refused("Select a span first (click it), then press the relation key");
    const auto labels = relationLabels(doc, s->label, nullptr);
    if (labels.empty()) return refused("No relation starts at a " + s->label + " span");
    std::vector<std::string> targets;
    for (const Label* l : labels)
        for (const std::string& t : l->to)
            if (std::find(targets.begin(), targets.end(), t) == targets.end()) targets.push_back(t);
    selection_.relationSource = s->id;
    return done("Now click the " + joinedWithOr(targets) + " to link " + s->id + " to (Esc cancels)");
}

Outcome Workspace::finishRelation(const std::vector<std::string>& spansUnderPointer) {
    const Document& doc = session_.document();
    if (spansUnderPointer.empty()) return refused("Click a span to link to, or press Esc");
    const Span* source = doc.annotations.span(selection_.relationSource);
    if (!source) return refused("The span to link from is gone");
    // The innermost span under the pointer that a relation label accepts.
    std::string targetId = spansUnderPointer.front();
    for (const std::string& id : spansUnderPointer) {
        const Span* t = doc.annotations.span(id);
        if (t && !relationLabels(doc, source->label, &t->label).empty()) {
            targetId = id;
            break;
        }
    }
    const Span* target = doc.annotations.span(targetId);
    if (!target) return refused("No span there");
    const auto labels = relationLabels(doc, source->label, &target->label);
    if (labels.empty()) return refused("No relation joins " + source->label + " to " + target->label + "; click another span or press Esc");
    relationTarget_ = targetId;
    if (labels.size() > 1) {
        relationChoices_.clear();
        for (const Label* l : labels) relationChoices_.push_back(l->name);
        return done("Which relation? Pick one from the menu");
    }
    return chooseRelation(labels.front()->name);
}

Outcome Workspace::chooseRelation(const std::string& label) {
    const std::string sourceId = selection_.relationSource;
    const std::string targetId = relationTarget_;
    relationChoices_.clear();
    selection_.relationSource.clear();
    const bool ok = record(edits::addRelation(session_.document(), label, sourceId, targetId));
    selectSpan(sourceId, false);
    return ok ? done("Linked " + sourceId + " to " + targetId + " (" + label + ")") : Outcome{false, status_};
}

Outcome Workspace::undo() {
    if (readOnly_) return refused("Not done: read-only here");
    const Edit* e = session_.undo();
    if (!e) return refused("Nothing to undo");
    recordChange(inverse(*e));
    followEdit(*e, true);
    return done("Undid: " + e->description);
}

Outcome Workspace::redo() {
    if (readOnly_) return refused("Not done: read-only here");
    const Edit* e = session_.redo();
    if (!e) return refused("Nothing to redo");
    recordChange(*e);
    followEdit(*e, false);
    return done("Redid: " + e->description);
}

// The selection follows undo and redo to what changed: a span that came
// back is selected, the text of a span that went away is selected.
void Workspace::followEdit(const Edit& edit, bool undone) {
    review_.afterEdit(session_.document(), edit, undone);
    selection_.relationSource.clear();
    for (auto it = edit.operations.rbegin(); it != edit.operations.rend(); ++it) {
        const Span* added = nullptr;
        const Span* removed = nullptr;
        if (auto* a = std::get_if<op::AddSpan>(&*it)) (undone ? removed : added) = &a->span;
        else if (auto* r = std::get_if<op::RemoveSpan>(&*it)) (undone ? added : removed) = &r->span;
        else if (auto* c = std::get_if<op::ChangeSpan>(&*it)) added = undone ? &c->before : &c->after;
        else continue;
        if (added) selectSpan(added->id, true);
        else {
            selection_.select({removed->start, removed->end});
            selection_.reveal = Range{removed->start, removed->end};
        }
        return;
    }
    selection_.placeCaret(selection_.caret);
}

Outcome Workspace::resizeSelected(bool moveStart, int direction, bool byWord) {
    const Document& doc = session_.document();
    const Span* s = doc.annotations.span(selection_.selectedSpan);
    if (!s) return {false, status_};
    const Text& text = doc.text;
    Range r{s->start, s->end};
    std::size_t& end = moveStart ? r.begin : r.end;
    if (direction > 0) end = byWord ? nextWordEnd(text, end) : nextGraphemeBoundary(text, end);
    else end = byWord ? previousWordStart(text, end) : previousGraphemeBoundary(text, end);
    // A moved edge sheds the spaces it lands on.
    while (moveStart && r.begin < r.end && unicode::isWhitespace(text.at(r.begin))) ++r.begin;
    while (!moveStart && r.end > r.begin && unicode::isWhitespace(text.at(r.end - 1))) --r.end;
    if (r.begin >= r.end || (r.begin == s->start && r.end == s->end)) return {false, status_};
    const std::string id = s->id;
    if (!record(edits::resizeSpan(doc, id, r))) return {false, status_};
    return done(id + " is now [" + std::to_string(r.begin) + ", " + std::to_string(r.end) + ")");
}

void Workspace::selectSpan(const std::string& id, bool reveal) {
    const Span* s = session_.document().annotations.span(id);
    if (!s) return;
    selection_.anchor = selection_.caret = s->start;
    selection_.selectedSpan = id;
    selection_.selectedRelation.clear();
    if (reveal) selection_.reveal = Range{s->start, s->end};
}

void Workspace::stepSpan(int direction) {
    const auto spans = session_.document().annotations.spans();
    if (spans.empty()) return;
    auto current = std::find_if(spans.begin(), spans.end(), [&](const Span* s) { return s->id == selection_.selectedSpan; });
    std::size_t index;
    if (current != spans.end()) {
        index = (static_cast<std::size_t>(current - spans.begin()) + spans.size() + static_cast<std::size_t>(direction)) % spans.size();
    } else {
        auto after = std::find_if(spans.begin(), spans.end(), [&](const Span* s) { return s->start >= selection_.caret; });
        index = direction > 0 ? static_cast<std::size_t>(after - spans.begin()) % spans.size()
                              : (static_cast<std::size_t>(after - spans.begin()) + spans.size() - 1) % spans.size();
    }
    selectSpan(spans[index]->id, true);
}

void Workspace::moveCaret(std::size_t to, bool extend) {
    if (extend) {
        if (!selection_.hasSelection()) selection_.anchor = selection_.caret;
        selection_.caret = to;
        selection_.selectedSpan.clear();
        selection_.selectedRelation.clear();
    } else {
        selection_.placeCaret(to);
    }
    selection_.reveal = Range{to, to};
}

Outcome Workspace::clickText(std::size_t position, const std::vector<std::string>& spans, const std::string& relation) {
    reviewing_ = false;
    if (!selection_.relationSource.empty()) return finishRelation(spans);
    if (!relation.empty() && spans.empty()) {
        selection_.placeCaret(selection_.caret);
        selection_.selectedRelation = relation;
        return done("Relation " + relation + " selected: Delete removes it");
    }
    // A suggestion under the pointer, inside any span there, becomes the current one.
    if (showSuggestions_ && !suggestionsPending_ && review_.selectAt(position)) {
        const Range r = review_.currentRange();
        const Span* inner = spans.empty() ? nullptr : session_.document().annotations.span(spans.front());
        if (!inner || r.end - r.begin < inner->end - inner->start) return showCurrentSuggestion("Suggested ");
        review_.leave();
    }
    if (!spans.empty()) {
        // Clicking where spans stack steps from the innermost outwards.
        auto at = std::find(spans.begin(), spans.end(), selection_.selectedSpan);
        const std::string& next = at == spans.end() || at + 1 == spans.end() ? spans.front() : *(at + 1);
        selectSpan(next, false);
        return {true, status_};
    }
    selection_.placeCaret(position);
    return {true, status_};
}

void Workspace::selectionChangedByView() {
    if (selection_.hasSelection() || !selection_.selectedSpan.empty() || !selection_.selectedRelation.empty()) reviewing_ = false;
}

Outcome Workspace::escape() {
    if (reviewing_) {
        reviewing_ = false;
        return done("Left the suggestions (Tab returns)");
    }
    if (!selection_.relationSource.empty()) {
        selection_.relationSource.clear();
        return done("Linking cancelled");
    }
    selection_.placeCaret(selection_.caret);
    return {true, status_};
}

}  // namespace spanmark::workspace
