#include "core/edit.hpp"

#include <algorithm>

namespace spanmark {
namespace {

struct Applier {
    Document& doc;

    std::optional<Error> operator()(const op::AddSpan& o) {
        if (auto e = doc.checkSpan(o.span)) return e;
        doc.annotations.insertSpan(o.span);
        return std::nullopt;
    }
    std::optional<Error> operator()(const op::RemoveSpan& o) {
        const Span* current = doc.annotations.span(o.span.id);
        if (!current) return Error{"span " + o.span.id, "there is no such span to remove"};
        if (!(*current == o.span)) return Error{"span " + o.span.id, "the span changed since this edit was made"};
        if (auto linked = doc.annotations.relationsOf(o.span.id); !linked.empty())
            return Error{"span " + o.span.id, "relation " + linked.front()->id + " still points at it"};
        doc.annotations.eraseSpan(o.span.id);
        return std::nullopt;
    }
    std::optional<Error> operator()(const op::ChangeSpan& o) {
        const Span* current = doc.annotations.span(o.before.id);
        if (!current) return Error{"span " + o.before.id, "there is no such span to change"};
        if (!(*current == o.before)) return Error{"span " + o.before.id, "the span changed since this edit was made"};
        if (o.after.id != o.before.id) return Error{"span " + o.before.id, "a span's id cannot change"};
        if (auto e = doc.checkSpan(o.after, &o.before.id)) return e;
        Span removed = doc.annotations.eraseSpan(o.before.id);
        doc.annotations.insertSpan(o.after);
        for (const Relation* r : doc.annotations.relationsOf(o.after.id)) {
            if (auto e = doc.checkRelation(*r, &r->id)) {
                doc.annotations.eraseSpan(o.after.id);
                doc.annotations.insertSpan(std::move(removed));
                return e;
            }
        }
        return std::nullopt;
    }
    std::optional<Error> operator()(const op::AddRelation& o) {
        if (auto e = doc.checkRelation(o.relation)) return e;
        doc.annotations.insertRelation(o.relation);
        return std::nullopt;
    }
    std::optional<Error> operator()(const op::RemoveRelation& o) {
        const Relation* current = doc.annotations.relation(o.relation.id);
        if (!current) return Error{"relation " + o.relation.id, "there is no such relation to remove"};
        if (!(*current == o.relation))
            return Error{"relation " + o.relation.id, "the relation changed since this edit was made"};
        doc.annotations.eraseRelation(o.relation.id);
        return std::nullopt;
    }
    std::optional<Error> operator()(const op::ChangeMeta& o) {
        if (doc.metaJson != o.before) return Error{"meta", "the metadata changed since this edit was made"};
        doc.metaJson = o.after;
        return std::nullopt;
    }
    std::optional<Error> operator()(const op::ChangeLabels& o) {
        if (doc.labels != o.before) return Error{"labels", "the label set changed since this edit was made"};
        if (auto e = checkLabels(o.after)) return e;
        std::vector<Label> previous = std::move(doc.labels);
        doc.labels = o.after;
        std::optional<Error> broken;
        doc.annotations.forEachSpan([&](const Span& s) {
            if (!broken) broken = doc.checkSpan(s, &s.id);
        });
        doc.annotations.forEachRelation([&](const Relation& r) {
            if (!broken) broken = doc.checkRelation(r, &r.id);
        });
        if (broken) doc.labels = std::move(previous);
        return broken;
    }
};

}  // namespace

void Edit::append(Edit other) {
    for (Operation& o : other.operations) operations.push_back(std::move(o));
}

Operation inverse(const Operation& operation) {
    struct Invert {
        Operation operator()(const op::AddSpan& o) { return op::RemoveSpan{o.span}; }
        Operation operator()(const op::RemoveSpan& o) { return op::AddSpan{o.span}; }
        Operation operator()(const op::ChangeSpan& o) { return op::ChangeSpan{o.after, o.before}; }
        Operation operator()(const op::AddRelation& o) { return op::RemoveRelation{o.relation}; }
        Operation operator()(const op::RemoveRelation& o) { return op::AddRelation{o.relation}; }
        Operation operator()(const op::ChangeLabels& o) { return op::ChangeLabels{o.after, o.before}; }
        Operation operator()(const op::ChangeMeta& o) { return op::ChangeMeta{o.after, o.before}; }
    };
    return std::visit(Invert{}, operation);
}

Edit inverse(const Edit& edit) {
    Edit out{edit.description, {}};
    out.operations.reserve(edit.operations.size());
    for (auto it = edit.operations.rbegin(); it != edit.operations.rend(); ++it) out.operations.push_back(inverse(*it));
    return out;
}

std::optional<Error> apply(Document& doc, const Edit& edit) {
    Applier applier{doc};
    for (std::size_t i = 0; i < edit.operations.size(); ++i) {
        if (auto error = std::visit(applier, edit.operations[i])) {
            // Roll back what this edit did so far; each inverse fits the state it meets.
            for (std::size_t k = i; k-- > 0;) std::visit(applier, inverse(edit.operations[k]));
            return error;
        }
    }
    return std::nullopt;
}

namespace edits {
namespace {

const Span* spanOrNull(const Document& doc, const std::string& id) { return doc.annotations.span(id); }

bool allows(const Label* label, const std::string& fromLabel, const std::string& toLabel) {
    return label && relationAllows(*label, fromLabel, toLabel);
}

}  // namespace

Edit addSpan(const Document& doc, Range range, const std::string& label) {
    Span s;
    s.id = doc.nextSpanId();
    s.start = range.begin;
    s.end = range.end;
    s.label = label;
    return {"add " + label + " span", {op::AddSpan{std::move(s)}}};
}

Edit addSpans(const Document& doc, const std::vector<Range>& ranges, const std::string& label, std::string description) {
    Edit e{std::move(description), {}};
    std::size_t number = doc.annotations.nextSpanNumber();
    for (const Range& r : ranges) {
        if (doc.annotations.find(r.begin, r.end, label)) continue;
        Span s;
        s.id = "s" + std::to_string(number++);
        s.start = r.begin;
        s.end = r.end;
        s.label = label;
        e.operations.push_back(op::AddSpan{std::move(s)});
    }
    return e;
}

Edit deleteSpan(const Document& doc, const std::string& spanId) {
    Edit e{"delete span", {}};
    const Span* s = spanOrNull(doc, spanId);
    if (!s) {
        Span missing;
        missing.id = spanId;
        e.operations.push_back(op::RemoveSpan{missing});  // refused by apply() with a message
        return e;
    }
    e.description = "delete " + s->label + " span";
    for (const Relation* r : doc.annotations.relationsOf(spanId)) e.operations.push_back(op::RemoveRelation{*r});
    e.operations.push_back(op::RemoveSpan{*s});
    return e;
}

Edit relabelSpan(const Document& doc, const std::string& spanId, const std::string& label) {
    Edit e{"relabel span as " + label, {}};
    const Span* s = spanOrNull(doc, spanId);
    Span after;
    if (s) after = *s;
    after.id = spanId;
    after.label = label;
    if (s) {
        for (const Relation* r : doc.annotations.relationsOf(spanId)) {
            const Span* from = r->from == spanId ? &after : spanOrNull(doc, r->from);
            const Span* to = r->to == spanId ? &after : spanOrNull(doc, r->to);
            if (!from || !to || !allows(findLabel(doc.labels, r->label), from->label, to->label))
                e.operations.push_back(op::RemoveRelation{*r});
        }
    }
    e.operations.push_back(op::ChangeSpan{s ? *s : after, after});
    return e;
}

namespace {
template <class Change>
Edit changeSpan(const Document& doc, const std::string& spanId, std::string description, Change change) {
    const Span* s = spanOrNull(doc, spanId);
    Span before;
    if (s) before = *s;
    before.id = spanId;
    Span after = before;
    change(after);
    return {std::move(description), {op::ChangeSpan{before, after}}};
}
}  // namespace

Edit resizeSpan(const Document& doc, const std::string& spanId, Range range) {
    return changeSpan(doc, spanId, "resize span", [&](Span& s) {
        s.start = range.begin;
        s.end = range.end;
    });
}

Edit setSpanNote(const Document& doc, const std::string& spanId, const std::string& note) {
    return changeSpan(doc, spanId, "edit note", [&](Span& s) { s.note = note; });
}

Edit setSpanAttributes(const Document& doc, const std::string& spanId, const Attributes& attributes) {
    return changeSpan(doc, spanId, "edit attributes", [&](Span& s) { s.attributes = attributes; });
}

Edit addRelation(const Document& doc, const std::string& label, const std::string& fromSpan,
                 const std::string& toSpan) {
    Relation r{doc.nextRelationId(), label, fromSpan, toSpan, {}};
    return {"add " + label + " relation", {op::AddRelation{std::move(r)}}};
}

Edit deleteRelation(const Document& doc, const std::string& relationId) {
    const Relation* r = doc.annotations.relation(relationId);
    Relation removed = r ? *r : Relation{relationId, {}, {}, {}, {}};
    return {"delete relation", {op::RemoveRelation{std::move(removed)}}};
}

Edit setLabels(const Document& doc, std::vector<Label> labels) {
    return {"change labels", {op::ChangeLabels{doc.labels, std::move(labels)}}};
}

Edit replaceLabels(const Document& doc, std::vector<Label> labels, const std::map<std::string, std::string>& renamed) {
    Edit e{"change labels", {}};
    if (renamed.empty()) {
        e.operations.push_back(op::ChangeLabels{doc.labels, std::move(labels)});
        return e;
    }
    // Between the two sets, the old names live on (keyless) so spans can move across.
    std::vector<Label> middle = labels;
    for (const Label& old : doc.labels) {
        if (!renamed.count(old.name)) continue;
        Label kept = old;
        kept.key.clear();
        if (kept.kind == LabelKind::Relation)
            for (auto* side : {&kept.from, &kept.to})
                for (std::string& name : *side)
                    if (auto it = renamed.find(name); it != renamed.end()) name = it->second;
        middle.push_back(std::move(kept));
    }
    // Relation labels in the middle set must still accept spans not yet moved.
    for (Label& l : middle)
        if (l.kind == LabelKind::Relation)
            for (auto* side : {&l.from, &l.to}) {
                std::vector<std::string> extra;
                for (const std::string& name : *side)
                    for (const auto& [from, to] : renamed)
                        if (to == name && std::find(side->begin(), side->end(), from) == side->end()) extra.push_back(from);
                side->insert(side->end(), extra.begin(), extra.end());
            }
    e.operations.push_back(op::ChangeLabels{doc.labels, middle});
    doc.annotations.forEachSpan([&](const Span& s) {
        if (auto it = renamed.find(s.label); it != renamed.end()) {
            Span after = s;
            after.label = it->second;
            e.operations.push_back(op::ChangeSpan{s, after});
        }
    });
    doc.annotations.forEachRelation([&](const Relation& r) {
        if (auto it = renamed.find(r.label); it != renamed.end()) {
            Relation after = r;
            after.label = it->second;
            e.operations.push_back(op::RemoveRelation{r});
            e.operations.push_back(op::AddRelation{after});
        }
    });
    e.operations.push_back(op::ChangeLabels{middle, std::move(labels)});
    return e;
}

}  // namespace edits
}  // namespace spanmark
