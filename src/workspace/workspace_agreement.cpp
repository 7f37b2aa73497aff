// A merge's annotators: their layers rebuilt as the file had them, and
// their agreement, measured once when the curator asks for it.
#include "formats/document_json.hpp"
#include "suggest/suggest.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::workspace {
namespace {

// The document as it is now, made of what the page has anyway: a plain copy
// of a Document would add its own 13 KB to the page.
Document snapshotOf(const Document& doc) {
    Document out;
    out.id = doc.id;
    out.text = doc.text;
    out.metaJson = doc.metaJson;
    out.extraJson = doc.extraJson;
    out.documentExtraJson = doc.documentExtraJson;
    out.labels = doc.labels;
    std::vector<Span> spans;
    spans.reserve(doc.annotations.spanCount());
    doc.annotations.forEachSpan([&](const Span& s) { spans.push_back(s); });
    out.annotations.assignSpans(std::move(spans));
    doc.annotations.forEachRelation([&](const Relation& r) { out.annotations.insertRelation(r); });
    return out;
}

}  // namespace

Document Workspace::withOpenDifferences() const {
    Document out = snapshotOf(session_.document());
    std::vector<suggest::SpanSuggestion> spans;
    std::vector<suggest::RelationSuggestion> relations;
    review_.forEachOpen(0, out.text.size() + 1, [&](const suggest::SpanSuggestion& v, bool) { spans.push_back(v); });
    review_.forEachOpenRelation([&](const suggest::RelationSuggestion& r) { relations.push_back(r); });
    // Marked as the merge marked them. The suggestions came from this document, so its labels take
    // them; were one refused, apply() changes nothing and the gold alone is kept, as before.
    static_cast<void>(spanmark::apply(out, suggest::acceptEdit(out, spans, relations, true, "keep the open differences")));
    return out;
}

// At each load, before the merge's suggestions are taken out of the document.
void Workspace::findLayers() {
    layers_.reset();
    layersSource_.reset();
    if (mergeLines_.empty()) agreement_.reset();  // a corpus's figures are the whole corpus's, measured once
    const std::size_t entry = corpus_ ? corpus_->current() : 0;
    if (corpus_ && !mergeLines_.empty() && corpus_->entry(entry).line != mergeLines_[entry]) {
        // The entry was curated since the file was opened (its document holds only the gold): the file's line again.
        auto original = formats::readSpanmarkJson(mergeLines_[entry]);
        if (original) layers_ = layersOfMerge(original.value());
        return;
    }
    // A file that names annotators may be a merge (layersOfMerge says for sure, when asked).
    if (openedSnapshot_ && openedSnapshot_->find("\"annotators\"") != std::string::npos) layersSource_ = openedSnapshot_;
}

const MergeLayers* Workspace::layers() const {
    if (layersSource_) {
        auto original = formats::readAny(*layersSource_, openedName_);
        if (original) layers_ = layersOfMerge(original.value());
        layersSource_.reset();
    }
    return layers_ ? &*layers_ : nullptr;
}

const PanelAgreement* Workspace::agreement() {
    if (corpus_ && !mergeLines_.empty()) {
        if (!agreement_) {
            std::vector<MergeLayers> documents;
            documents.reserve(mergeLines_.size());
            for (const std::string& line : mergeLines_) {
                auto doc = formats::readSpanmarkJson(line);
                if (!doc) continue;  // the corpus read it once already: it cannot fail now
                if (auto layers = layersOfMerge(doc.value())) documents.push_back(std::move(*layers));
            }
            std::vector<const MergeLayers*> panel;
            for (const MergeLayers& d : documents) panel.push_back(&d);
            agreement_ = agreementOfLayers(panel);
        }
        return &*agreement_;
    }
    if (!layers()) return nullptr;
    if (!agreement_) agreement_ = agreementOfLayers({&*layers_});
    return &*agreement_;
}

}  // namespace spanmark::workspace
