#pragma once
// The closed word lists the rules match against, lower case.
#include <string>
#include <string_view>

namespace spanmark::suggest::words {

// zero … nineteen, twenty … ninety, and compounds such as "forty-two".
bool isNumberWord(std::string_view lower);
// hundred, thousand, million, billion, trillion, dozen (and their plurals).
bool isMagnitude(std::string_view lower);
bool isMonth(std::string_view lower);
// Words that end a measured noun phrase rather than belong to it: function
// words and common verbs ("25 lives", but "seven people were").
bool endsNounPhrase(std::string_view lower);
// Units that take no further noun: percent, hours, tonnes, kilometres …
bool isUnit(std::string_view lower);
bool isTimeUnit(std::string_view lower);
// Verbs that introduce speech: said, told, added, according …
bool isSpeechVerb(std::string_view lower);
// Titles that belong to a name: minister, president, spokesman, mayor …
bool isTitle(std::string_view lower);
bool isPronoun(std::string_view lower);
// Capitalised words that begin sentences but are not names: The, He, But …
bool isCapitalisedFunctionWord(std::string_view lower);

}  // namespace spanmark::suggest::words
