// A merge's annotators: their layers rebuilt as the file had them, and
// their agreement, measured once when the curator asks for it.
#include "formats/document_json.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::workspace {

// At each load, before the merge's suggestions are taken out of the document.
void Workspace::findLayers() {
    layers_.reset();
    if (mergeLines_.empty()) agreement_.reset();  // a corpus's figures are the whole corpus's, measured once
    const std::size_t entry = corpus_ ? corpus_->current() : 0;
    if (corpus_ && !mergeLines_.empty() && corpus_->entry(entry).line != mergeLines_[entry]) {
        // The entry was curated since the file was opened (its document holds only the gold): the file's line again.
        auto original = formats::readSpanmarkJson(mergeLines_[entry]);
        if (original) layers_ = layersOfMerge(original.value());
        return;
    }
    layers_ = layersOfMerge(session_.document());
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
    if (!layers_) return nullptr;
    if (!agreement_) agreement_ = agreementOfLayers({&*layers_});
    return &*agreement_;
}

}  // namespace spanmark::workspace
