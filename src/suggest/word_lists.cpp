#include "suggest/word_lists.hpp"

#include <initializer_list>
#include <unordered_set>

namespace spanmark::suggest::words {
namespace {

using Set = std::unordered_set<std::u32string>;

bool in(const Set& set, std::u32string_view w) { return set.count(std::u32string(w)) > 0; }

const Set& numbers() {
    static const Set s{U"zero", U"one", U"two", U"three", U"four", U"five", U"six", U"seven", U"eight", U"nine",
                       U"ten", U"eleven", U"twelve", U"thirteen", U"fourteen", U"fifteen", U"sixteen", U"seventeen",
                       U"eighteen", U"nineteen", U"twenty", U"thirty", U"forty", U"fifty", U"sixty", U"seventy",
                       U"eighty", U"ninety"};
    return s;
}

}  // namespace

bool isNumberWord(std::u32string_view w) {
    if (in(numbers(), w)) return true;
    const std::size_t dash = w.find(U'-');
    return dash != std::u32string_view::npos && dash > 0 && in(numbers(), w.substr(0, dash)) &&
           in(numbers(), w.substr(dash + 1));
}

bool isMagnitude(std::u32string_view w) {
    static const Set s{U"hundred", U"thousand", U"million", U"billion", U"trillion", U"dozen",
                       U"hundreds", U"thousands", U"millions", U"billions", U"dozens", U"m", U"bn", U"k"};
    return in(s, w);
}

bool isMonth(std::u32string_view w) {
    static const Set s{U"january", U"february", U"march", U"april", U"may", U"june", U"july", U"august",
                       U"september", U"october", U"november", U"december", U"jan", U"feb", U"mar", U"apr",
                       U"jun", U"jul", U"aug", U"sep", U"sept", U"oct", U"nov", U"dec"};
    return in(s, w);
}

bool endsNounPhrase(std::u32string_view w) {
    static const Set s{
        // articles, prepositions, conjunctions, pronouns, determiners
        U"a", U"an", U"the", U"of", U"in", U"on", U"at", U"to", U"for", U"from", U"with", U"by", U"and", U"or",
        U"but", U"as", U"than", U"that", U"which", U"who", U"whom", U"whose", U"this", U"these", U"those",
        U"it", U"its", U"they", U"their", U"them", U"he", U"she", U"his", U"her", U"we", U"our", U"you", U"your",
        U"i", U"my", U"me", U"after", U"before", U"since", U"until", U"over", U"under", U"into", U"onto", U"out",
        U"up", U"down", U"off", U"ahead", U"ago", U"apiece", U"each", U"early", U"later", U"earlier", U"last",
        U"next", U"more", U"less", U"fewer", U"alone", U"only", U"so", U"too", U"very", U"still", U"yet", U"not",
        U"no", U"if", U"when", U"while", U"where", U"all", U"both", U"there", U"here", U"then", U"now", U"just",
        U"about", U"around", U"between", U"against", U"during", U"across", U"through", U"behind", U"near",
        U"like", U"again", U"also", U"already", U"ever", U"never", U"away", U"back", U"per", U"via", U"among",
        U"within", U"without", U"because", U"though", U"although", U"whether", U"nor", U"either", U"neither",
        U"every", U"any", U"some", U"such", U"what", U"how", U"why", U"plus", U"minus", U"versus",
        // common verbs and auxiliaries that follow a bare number
        U"is", U"are", U"was", U"were", U"be", U"been", U"being", U"am", U"has", U"have", U"had", U"having",
        U"do", U"does", U"did", U"will", U"would", U"shall", U"should", U"can", U"could", U"may", U"might",
        U"must", U"said", U"says", U"say", U"told", U"spent", U"got", U"get", U"went", U"go", U"goes", U"came",
        U"come", U"took", U"take", U"made", U"make", U"left", U"lost", U"won", U"ran", U"run", U"saw", U"see",
        U"fell", U"rose", U"remain", U"remained", U"stood", U"stand", U"sat", U"became",
        U"become", U"gave", U"give", U"kept", U"keep", U"held", U"hold", U"led", U"lead", U"met", U"meet",
        U"paid", U"pay", U"sold", U"sell", U"bought", U"buy", U"fled", U"flee", U"hit", U"put", U"set", U"cut",
        U"deep", U"wide", U"long", U"high", U"tall", U"old", U"apart", U"overall"};
    return in(s, w);
}

bool isUnit(std::u32string_view w) {
    static const Set s{U"percent", U"tonnes", U"tons", U"kilometres", U"kilometers", U"km", U"metres", U"meters",
                       U"miles", U"hectares", U"acres", U"litres", U"liters", U"millimetres", U"millimeters", U"mm",
                       U"centimetres", U"cm", U"kilograms", U"kg", U"euros", U"dollars", U"pounds", U"degrees",
                       U"points", U"votes", U"seats", U"people", U"residents", U"children", U"families"};
    return in(s, w) || isTimeUnit(w);
}

bool isTimeUnit(std::u32string_view w) {
    static const Set s{U"seconds", U"second", U"minutes", U"minute", U"hours", U"hour", U"days", U"day",
                       U"weeks", U"week", U"months", U"month", U"years", U"year", U"decades", U"centuries"};
    return in(s, w);
}

bool isSpeechVerb(std::u32string_view w) {
    static const Set s{U"said", U"says", U"told", U"tells", U"added", U"adds", U"asked", U"explained", U"warned",
                       U"insisted", U"argued", U"replied", U"stated", U"wrote", U"continued", U"noted", U"recalled",
                       U"admitted", U"declared", U"announced", U"claimed", U"shouted", U"whispered", U"according",
                       U"testified", U"conceded", U"acknowledged", U"urged"};
    return in(s, w);
}

bool isTitle(std::u32string_view w) {
    static const Set s{U"president", U"minister", U"prime", U"premier", U"chancellor", U"secretary", U"mayor",
                       U"governor", U"senator", U"spokesman", U"spokeswoman", U"spokesperson", U"chief", U"executive",
                       U"director", U"chairman", U"chairwoman", U"chair", U"organiser", U"organizer", U"coach",
                       U"manager", U"captain", U"leader", U"judge", U"inspector", U"commissioner", U"general",
                       U"colonel", U"officer", U"head", U"ambassador", U"envoy", U"king", U"queen", U"prince",
                       U"princess", U"dr", U"mr", U"mrs", U"ms", U"professor", U"prof", U"sheikh", U"rev",
                       U"bishop", U"cardinal", U"pope", U"superintendent", U"sergeant", U"lieutenant", U"deputy",
                       U"councillor", U"councilor", U"economist", U"analyst", U"lawyer", U"attorney", U"founder",
                       U"editor", U"treasurer", U"commander", U"adviser", U"advisor", U"striker", U"midfielder",
                       U"goalkeeper", U"defender", U"forward", U"referee", U"trainer", U"official", U"mp"};
    return in(s, w);
}

bool isPronoun(std::u32string_view w) {
    return w == U"he" || w == U"she" || w == U"they";
}

bool isCapitalisedFunctionWord(std::u32string_view w) {
    static const Set s{U"the", U"a", U"an", U"he", U"she", U"it", U"they", U"we", U"i", U"you", U"his", U"her",
                       U"its", U"their", U"our", U"my", U"your", U"but", U"and", U"or", U"so", U"yet", U"if",
                       U"when", U"while", U"after", U"before", U"since", U"in", U"on", U"at", U"by", U"for",
                       U"from", U"with", U"of", U"to", U"as", U"this", U"that", U"these", U"those", U"there",
                       U"here", U"some", U"many", U"most", U"all", U"both", U"each", U"every", U"no", U"not",
                       U"nobody", U"everybody", U"somebody", U"anyone", U"everyone", U"someone", U"nothing",
                       U"what", U"who", U"why", U"how", U"where", U"asked", U"according", U"under", U"among",
                       U"one", U"two", U"three", U"four", U"five", U"six", U"seven", U"eight", U"nine", U"ten",
                       U"monday", U"tuesday", U"wednesday", U"thursday", U"friday", U"saturday", U"sunday",
                       U"january", U"february", U"march", U"april", U"may", U"june", U"july", U"august",
                       U"september", U"october", U"november", U"december", U"despite", U"although", U"though",
                       U"once", U"then", U"now", U"still", U"yes"};
    return in(s, w);
}

}  // namespace spanmark::suggest::words
