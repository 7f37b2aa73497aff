#include "workspace/team/team_users.hpp"

#include <cctype>
#include <set>

namespace spanmark::team {
namespace {

constexpr std::string_view kLayerPrefix = "spanmark-layer-";
constexpr const char* kHex = "0123456789abcdef";

bool keptInDatabaseName(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

}  // namespace

const char* roleName(Role role) { return role == Role::Curator ? "curator" : "annotator"; }

Result<std::vector<Member>> readMembers(std::string_view file) {
    std::vector<Member> out;
    std::set<std::string> names;
    std::size_t lineNumber = 0;
    while (!file.empty()) {
        const std::size_t end = file.find('\n');
        std::string_view line = file.substr(0, end);
        file = end == std::string_view::npos ? std::string_view{} : file.substr(end + 1);
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        const std::string where = "line " + std::to_string(lineNumber);
        const std::size_t first = line.find(':');
        const std::size_t last = line.rfind(':');
        if (first == std::string_view::npos || first == last)
            return Error{where, "expected name:password:role, with role annotator or curator"};
        Member m{std::string(line.substr(0, first)), std::string(line.substr(first + 1, last - first - 1)), Role::Annotator};
        const std::string_view role = line.substr(last + 1);
        if (role == "curator") m.role = Role::Curator;
        else if (role != "annotator") return Error{where, "the role is '" + std::string(role) + "'; it must be annotator or curator"};
        if (m.name.empty()) return Error{where, "the user's name is empty"};
        if (m.name.front() == '_') return Error{where, "a user's name may not start with _ (CouchDB keeps those)"};
        if (!names.insert(m.name).second) return Error{where, "the user " + m.name + " is named twice"};
        out.push_back(std::move(m));
    }
    if (out.empty()) return Error{"the users file", "names nobody (one name:password:role a line)"};
    return out;
}

std::string layerDatabase(std::string_view user) {
    std::string out(kLayerPrefix);
    for (const char c : user) {
        if (keptInDatabaseName(c)) {
            out += c;
            continue;
        }
        const auto b = static_cast<unsigned char>(c);
        out += '$';
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
    }
    return out;
}

std::string userOfLayerDatabase(std::string_view database) {
    if (database.substr(0, kLayerPrefix.size()) != kLayerPrefix) return {};
    std::string out;
    for (std::size_t i = kLayerPrefix.size(); i < database.size(); ++i) {
        if (database[i] != '$') {
            out += database[i];
            continue;
        }
        const int high = i + 2 < database.size() ? hexValue(database[i + 1]) : -1;
        const int low = high >= 0 ? hexValue(database[i + 2]) : -1;
        if (low < 0) return {};
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

std::string urlSegment(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                                c == '_' || c == '.' || c == '~';
        if (unreserved) {
            out += c;
            continue;
        }
        const auto b = static_cast<unsigned char>(c);
        out += '%';
        out += static_cast<char>(std::toupper(kHex[b >> 4]));
        out += static_cast<char>(std::toupper(kHex[b & 0xF]));
    }
    return out;
}

}  // namespace spanmark::team
