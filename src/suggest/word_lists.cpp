#include "suggest/word_lists.hpp"

#include <initializer_list>
#include <unordered_set>

namespace spanmark::suggest::words {
namespace {

using Set = std::unordered_set<std::string>;

bool in(const Set& set, std::string_view w) { return set.count(std::string(w)) > 0; }

const Set& numbers() {
    static const Set s{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                       "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                       "eighty", "ninety"};
    return s;
}

}  // namespace

bool isNumberWord(std::string_view w) {
    if (in(numbers(), w)) return true;
    const std::size_t dash = w.find('-');
    return dash != std::string_view::npos && dash > 0 && in(numbers(), w.substr(0, dash)) &&
           in(numbers(), w.substr(dash + 1));
}

bool isMagnitude(std::string_view w) {
    static const Set s{"hundred", "thousand", "million", "billion", "trillion", "dozen",
                       "hundreds", "thousands", "millions", "billions", "dozens", "m", "bn", "k"};
    return in(s, w);
}

bool isMonth(std::string_view w) {
    static const Set s{"january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                       "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    return in(s, w);
}

bool endsNounPhrase(std::string_view w) {
    static const Set s{
        // articles, prepositions, conjunctions, pronouns, determiners
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or",
        "but", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those",
        "it", "its", "they", "their", "them", "he", "she", "his", "her", "we", "our", "you", "your",
        "i", "my", "me", "after", "before", "since", "until", "over", "under", "into", "onto", "out",
        "up", "down", "off", "ahead", "ago", "apiece", "each", "early", "later", "earlier", "last",
        "next", "more", "less", "fewer", "alone", "only", "so", "too", "very", "still", "yet", "not",
        "no", "if", "when", "while", "where", "all", "both", "there", "here", "then", "now", "just",
        "about", "around", "between", "against", "during", "across", "through", "behind", "near",
        "like", "again", "also", "already", "ever", "never", "away", "back", "per", "via", "among",
        "within", "without", "because", "though", "although", "whether", "nor", "either", "neither",
        "every", "any", "some", "such", "what", "how", "why", "plus", "minus", "versus",
        // common verbs and auxiliaries that follow a bare number
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "said", "says", "say", "told", "spent", "got", "get", "went", "go", "goes", "came",
        "come", "took", "take", "made", "make", "left", "lost", "won", "ran", "run", "saw", "see",
        "fell", "rose", "remain", "remained", "stood", "stand", "sat", "became",
        "become", "gave", "give", "kept", "keep", "held", "hold", "led", "lead", "met", "meet",
        "paid", "pay", "sold", "sell", "bought", "buy", "fled", "flee", "hit", "put", "set", "cut",
        "deep", "wide", "long", "high", "tall", "old", "apart", "overall"};
    return in(s, w);
}

bool isUnit(std::string_view w) {
    static const Set s{"percent", "tonnes", "tons", "kilometres", "kilometers", "km", "metres", "meters",
                       "miles", "hectares", "acres", "litres", "liters", "millimetres", "millimeters", "mm",
                       "centimetres", "cm", "kilograms", "kg", "euros", "dollars", "pounds", "degrees",
                       "points", "votes", "seats", "people", "residents", "children", "families"};
    return in(s, w) || isTimeUnit(w);
}

bool isTimeUnit(std::string_view w) {
    static const Set s{"seconds", "second", "minutes", "minute", "hours", "hour", "days", "day",
                       "weeks", "week", "months", "month", "years", "year", "decades", "centuries"};
    return in(s, w);
}

bool isSpeechVerb(std::string_view w) {
    static const Set s{"said", "says", "told", "tells", "added", "adds", "asked", "explained", "warned",
                       "insisted", "argued", "replied", "stated", "wrote", "continued", "noted", "recalled",
                       "admitted", "declared", "announced", "claimed", "shouted", "whispered", "according",
                       "testified", "conceded", "acknowledged", "urged", "ruled"};
    return in(s, w);
}

bool isTitle(std::string_view w) {
    static const Set s{"president", "minister", "prime", "premier", "chancellor", "secretary", "mayor",
                       "governor", "senator", "spokesman", "spokeswoman", "spokesperson", "chief", "executive",
                       "director", "chairman", "chairwoman", "chair", "organiser", "organizer", "coach",
                       "manager", "captain", "leader", "judge", "inspector", "commissioner", "general",
                       "colonel", "officer", "head", "ambassador", "envoy", "king", "queen", "prince",
                       "princess", "dr", "mr", "mrs", "ms", "professor", "prof", "sheikh", "rev",
                       "bishop", "cardinal", "pope", "superintendent", "sergeant", "lieutenant", "deputy",
                       "councillor", "councilor", "economist", "analyst", "lawyer", "attorney", "founder",
                       "editor", "treasurer", "commander", "adviser", "advisor", "striker", "midfielder",
                       "goalkeeper", "defender", "forward", "referee", "trainer", "official", "mp", "managing", "expert", "agent", "librarian",
                       "skipper", "haulier", "meteorologist", "forecaster", "glaciologist", "composer", "alderman"};
    return in(s, w);
}

bool isPronoun(std::string_view w) {
    return w == "he" || w == "she" || w == "they";
}

bool isCapitalisedFunctionWord(std::string_view w) {
    static const Set s{"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her",
                       "its", "their", "our", "my", "your", "but", "and", "or", "so", "yet", "if",
                       "when", "while", "after", "before", "since", "in", "on", "at", "by", "for",
                       "from", "with", "of", "to", "as", "this", "that", "these", "those", "there",
                       "here", "some", "many", "most", "all", "both", "each", "every", "no", "not",
                       "nobody", "everybody", "somebody", "anyone", "everyone", "someone", "nothing",
                       "what", "who", "why", "how", "where", "asked", "according", "under", "among",
                       "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december", "despite", "although", "though",
                       "once", "then", "now", "still", "yes"};
    return in(s, w);
}

}  // namespace spanmark::suggest::words
