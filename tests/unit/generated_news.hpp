#pragma once
// Generated news sentences of a few shapes with their people and places
// marked: what the tagger's tests train on, and find in sentences with
// names it never saw.
#include <random>
#include <string>
#include <vector>

#include "formats/document_json.hpp"

namespace spanmark::test {

struct Gold {
    std::size_t start, end;
    std::string label;
};

// Sentences of a few shapes, people and places drawn from the given names.
inline Document article(std::mt19937& rng, const std::vector<std::string>& people, const std::vector<std::string>& places,
                        std::vector<Gold>& gold, const std::string& placeLabel = "PLACE") {
    auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
    const std::vector<std::string> roles = {"Mayor", "Minister", "Judge", "Inspector"};
    const std::vector<std::string> things = {"the quay", "the bridge", "the school", "the market"};
    std::string text;
    auto mark = [&](const std::string& s, const std::string& label) {
        gold.push_back({text.size(), text.size() + s.size(), label});
        text += s;
    };
    for (int k = 0; k < 12; ++k) {
        switch (rng() % 4) {
        case 0:
            text += pick(roles) + " ";
            mark(pick(people), "ACTOR");
            text += " said " + pick(things) + " in ";
            mark(pick(places), placeLabel);
            text += " would open soon. ";
            break;
        case 1:
            text += "Work on " + pick(things) + " near ";
            mark(pick(places), placeLabel);
            text += " stopped, according to ";
            mark(pick(people), "ACTOR");
            text += ". ";
            break;
        case 2:
            mark(pick(people), "ACTOR");
            text += ", who lives in ";
            mark(pick(places), placeLabel);
            text += ", told reporters the plan was late. ";
            break;
        default:
            text += "Residents of ";
            mark(pick(places), placeLabel);
            text += " met on Monday. ";
            break;
        }
        if (k % 4 == 3) text += "\n";
    }
    Document doc = std::move(formats::readPlainText(text, "generated").value());
    if (placeLabel != "PLACE") doc.labels.push_back({placeLabel, LabelKind::Span, "#336699", "9"});
    int n = 0;
    for (const Gold& g : gold) doc.annotations.insertSpan({"s" + std::to_string(++n), g.start, g.end, g.label, {}, {}, {}});
    return doc;
}

inline const std::vector<std::string> kTrainPeople = {"Ana Lobo", "Rui Costa", "Marta Sousa", "Paulo Reis", "Ines Varga", "Tomas Brede"};
inline const std::vector<std::string> kTrainPlaces = {"Faro", "Velmora", "Saltmere", "Orlen", "Kesh Point", "Dunhal"};
inline const std::vector<std::string> kNewPeople = {"Lena Hart", "Omar Quist", "Sara Nolde", "Karl Imre"};
inline const std::vector<std::string> kNewPlaces = {"Brask", "Tollum", "Wendar", "Ysolde Bay"};

}  // namespace spanmark::test
