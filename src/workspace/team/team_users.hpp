#pragma once
// The people of a team as `spanmark team init --users FILE` names them (one
// `name:password:role` a line), and the CouchDB names made from them: a
// database name allows only lower-case letters, digits and _$()+-/, so a
// user name is spelt into it byte by byte (docs/team.md).
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace spanmark::team {

enum class Role { Annotator, Curator };

struct Member {
    std::string name;
    std::string password;  // empty for a user who exists already and is used as is
    Role role = Role::Annotator;
};

// Blank lines and lines starting with # are skipped; any other line that is
// not name:password:role (role annotator or curator) is refused with its
// line number, as is a name given twice. The password may hold colons.
Result<std::vector<Member>> readMembers(std::string_view file);

const char* roleName(Role role);

inline constexpr const char* kCorpusDatabase = "spanmark-corpus";
inline constexpr const char* kGoldDatabase = "spanmark-gold";
// "spanmark-layer-" and the name: a-z, 0-9, _ and - as they are, any other
// byte as $ and two hex digits ("Anna" -> "spanmark-layer-$41nna").
std::string layerDatabase(std::string_view user);
// The user's name back from a layer database's name; empty when it is not one.
std::string userOfLayerDatabase(std::string_view database);

// A path segment: every byte but unreserved ones percent-encoded (ids hold
// anything, "/" and "?" included).
std::string urlSegment(std::string_view text);

}  // namespace spanmark::team
