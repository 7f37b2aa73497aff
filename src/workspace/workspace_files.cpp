// Opening, saving and exporting, and moving through a corpus.
#include "formats/any_format.hpp"
#include "formats/document_json.hpp"
#include "formats/file_names.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::workspace {
namespace {

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }


}  // namespace

Outcome Workspace::openDocument(Document doc, std::string_view name, std::string snapshot, std::string snapshotName) {
    if (auto bad = checkDocumentId(doc.id)) {
        const std::string message = std::string(name) + ": " + bad->describe();
        showError(message);
        return refused(message);
    }
    session_.open(std::move(doc));
    corpus_.reset();
    mergeLines_.clear();
    layers_.reset();
    layersSource_.reset();  // found again when the new document's suggestions are (stepSuggestions)
    agreement_.reset();
    corpusDirty_ = false;
    error_.clear();
    opened(std::move(snapshotName), std::make_shared<const std::string>(std::move(snapshot)));
    return done("Opened " + session_.document().id);
}

Outcome Workspace::open(std::string_view contents, std::string_view name) {
    auto fail = [&](const std::string& message) {
        showError(message);
        return refused(message);
    };
    if (contents.substr(0, 15) == "SPANMARK-TAGGER") return openModel(contents, name);
    // Another tool's file: its documents are built directly, one or a corpus of them.
    auto guessed = formats::guessFormat(name, contents);
    if (!guessed) return fail(std::string(name) + ": " + guessed.error().describe());
    const std::string format = guessed.value();
    if (format == "doccano" || format == "labelstudio" || format == "spacy" || format == "conll") {
        auto imported = formats::readFormat(contents, name, format);
        if (!imported) return fail(std::string(name) + " (" + format + "): " + imported.error().describe());
        const std::string how = " from " + format + (imported->warnings.empty() ? "" : " (" + imported->warnings.front() + ")");
        if (imported->documents.empty()) return fail(std::string(name) + " (" + format + "): the file holds no documents");
        if (imported->documents.size() == 1) {
            Document doc = std::move(imported->documents.front());
            std::string snapshot = formats::writeSpanmarkJson(doc);
            const std::string snapshotName = doc.id + ".json";
            Outcome o = openDocument(std::move(doc), name, std::move(snapshot), snapshotName);
            return o.done ? done("Imported 1 document" + how) : o;
        }
        const std::size_t count = imported->documents.size();
        auto corpus = Corpus::fromDocuments(std::move(imported->documents), name);
        if (!corpus) return fail(std::string(name) + " (" + format + "): " + corpus.error().describe());
        return openCorpus(std::move(corpus.value()), "Imported " + plural(count, "document") + how);
    }
    // A labels file applies its set to the open document instead of replacing it.
    if (formats::isLabelsFile(contents)) {
        auto labels = formats::readLabelsFile(contents);
        if (!labels) return fail(std::string(name) + ": " + labels.error().describe());
        Edit e = edits::setLabels(session_.document(), std::move(labels.value()));
        if (auto error = apply(std::move(e)); !error.done)
            return fail(std::string(name) + ": these labels do not fit the open document: " + error.message);
        return done("Labels from " + std::string(name) + " applied");
    }
    if (formats::looksLikeCorpus(contents)) {
        auto corpus = Corpus::read(contents, name);
        if (!corpus) return fail(std::string(name) + ": " + corpus.error().describe());
        if (corpus->size() > 1) {
            const std::size_t count = corpus->size();
            return openCorpus(std::move(corpus.value()), "Opened " + plural(count, "document") + " from " + std::string(name));
        }
    }
    auto doc = formats::readAny(contents, name);
    if (!doc) return fail(std::string(name) + ": " + doc.error().describe());
    return openDocument(std::move(doc.value()), name, std::string(contents), std::string(name));
}

// The first document opens; every entry's drafts are looked for, and come back into their entries.
Outcome Workspace::openCorpus(Corpus corpus, std::string message) {
    corpus_ = std::move(corpus);
    corpusDirty_ = false;
    mergeLines_.clear();
    layers_.reset();
    layersSource_.reset();
    agreement_.reset();
    // A corpus of merges: the lines as the file has them, for the layers and their agreement.
    for (std::size_t i = 0; i < corpus_->size(); ++i)
        if (corpus_->entry(i).line.find("\"annotators\"") != std::string::npos) {
            for (std::size_t j = 0; j < corpus_->size(); ++j) mergeLines_.push_back(corpus_->entry(j).line);
            break;
        }
    error_.clear();
    learningCheck_ = true;
    openEntry(0);
    for (std::size_t i = 0; i < corpus_->size(); ++i) drafts_.findById(corpus_->entry(i).id);
    return done(std::move(message));
}

Outcome Workspace::openEntry(std::size_t index) {
    if (!corpus_ || index >= corpus_->size()) return refused("No such document in the corpus");
    if (session_.history().canUndo() || session_.history().canRedo())
        corpus_->update(corpus_->current(), review_.curating() ? withOpenDifferences() : session_.document());
    const Corpus::Entry& entry = corpus_->entry(index);
    auto doc = formats::readSpanmarkJson(entry.line);
    if (!doc) {
        showError(entry.id + ": " + doc.error().describe());
        return refused(error_);
    }
    const bool restored = entry.restored;
    session_.open(std::move(doc.value()));
    if (restored) session_.markUnsaved();
    corpus_->setCurrent(index);
    const std::string notice = draftNotice_;
    opened(entry.id + ".json", std::make_shared<const std::string>(entry.line), false);  // the corpus looked for every entry's draft
    draftNotice_ = notice;  // the corpus-wide notice stays
    return done("Document " + std::to_string(index + 1) + " of " + std::to_string(corpus_->size()) + ": " + entry.id);
}

Outcome Workspace::toggleDone() {
    const Document& doc = session_.document();
    const bool isDone = formats::metaValue(doc.metaJson, "status") == "done";
    Edit e{isDone ? "mark not done" : "mark done",
           {op::ChangeMeta{doc.metaJson, formats::metaWith(doc.metaJson, "status", isDone ? "" : "done")}}};
    Outcome o = apply(std::move(e));
    learningCheck_ = true;  // the tagger learns from what is done
    return o.done ? done(isDone ? "Marked not done" : "Marked done") : o;
}

Outcome Workspace::save() {
    if (corpus_) {
        corpus_->update(corpus_->current(), review_.curating() ? withOpenDifferences() : session_.document());
        std::string name = corpus_->name();
        if (!formats::endsWith(name, ".jsonl")) name = formats::idFromFileName(name) + ".jsonl";
        host_.offerFile(name, corpus_->exportJsonl(), FileKind::Document);
        session_.markSaved();
        corpusDirty_ = false;
        for (std::size_t i = 0; i < corpus_->size(); ++i) drafts_.remove(corpus_->entry(i).draftKey);
        autosave_.saved(session_.document(), corpus_->entry(corpus_->current()).line);
        return done("Exported " + plural(corpus_->size(), "document") + " to " + name);
    }
    std::string json = session_.save();
    host_.offerFile(session_.document().id + ".json", json, FileKind::Document);
    session_.markSaved();
    autosave_.saved(session_.document(), std::move(json));
    draftNotice_.clear();
    return done("Saved " + session_.document().id + ".json");
}

Outcome Workspace::exportAs(const std::string& format) {
    std::vector<Document> corpusDocs;
    std::vector<const Document*> docs;
    std::string base = formats::fileNameFromId(session_.document().id);  // an id may hold "/" or ".."
    if (corpus_) {
        corpus_->update(corpus_->current(), review_.curating() ? withOpenDifferences() : session_.document());
        corpusDocs.reserve(corpus_->size());
        for (std::size_t i = 0; i < corpus_->size(); ++i) {
            auto doc = formats::readSpanmarkJson(corpus_->entry(i).line);
            if (!doc) return refused("Not exported: " + corpus_->entry(i).id + ": " + doc.error().describe());
            corpusDocs.push_back(std::move(doc.value()));
        }
        for (const Document& d : corpusDocs) docs.push_back(&d);
        base = formats::idFromFileName(corpus_->name());
    } else {
        docs.push_back(&session_.document());
    }
    std::vector<std::string> dropped;
    auto files = formats::writeFormat(docs, format, dropped);
    if (!files) {
        const std::string message = "Not exported as " + format + ": " + files.error().describe();
        showError(message);
        return refused(message);
    }
    for (const auto& file : files.value()) host_.offerFile(base + file.suffix, file.contents, FileKind::Export);
    std::string message = "Exported as " + format;
    for (const std::string& d : dropped) message += "; dropped " + d;
    return done(message);
}

Outcome Workspace::exportLabels() {
    host_.offerFile("labels.json", formats::writeLabelsFile(session_.document().labels), FileKind::Export);
    return done("Exported the labels");
}

}  // namespace spanmark::workspace
