#include "formats/edit_json.hpp"

#include <nlohmann/json.hpp>

#include "formats/json_stream.hpp"

#include <cstdio>

#include "formats/json_text.hpp"

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

// Written straight as text (as the file writer does): no DOM on the edit's frame.
void key(std::string& out, const char* name) {
    out += '"';
    out += name;
    out += "\":";
}

void text(std::string& out, const char* name, std::string_view value) {
    key(out, name);
    appendJsonString(out, value);
    out += ',';
}

void number(std::string& out, const char* name, std::size_t value) {
    key(out, name);
    appendJsonNumber(out, value);
    out += ',';
}

void strings(std::string& out, const char* name, const std::vector<std::string>& values) {
    key(out, name);
    out += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += ',';
        appendJsonString(out, values[i]);
    }
    out += "],";
}

void close(std::string& out) {
    if (out.back() == ',') out.pop_back();
    out += '}';
}

// Attribute values keep their type (an integer stays an integer): {"name": {"i": 3}}.
void attributes(std::string& out, const Attributes& attrs) {
    key(out, "attributes");
    out += '{';
    for (const auto& entry : attrs) {
        appendJsonString(out, entry.first);
        out += ":{";
        std::visit([&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                out += "\"s\":";
                appendJsonString(out, v);
            } else if constexpr (std::is_same_v<T, bool>) {
                out += v ? "\"b\":true" : "\"b\":false";
            } else if constexpr (std::is_same_v<T, double>) {
                char buffer[40];
                std::snprintf(buffer, sizeof buffer, "\"d\":%.17g", v);
                out += buffer;
            } else {
                out += "\"i\":" + std::to_string(v);
            }
        }, entry.second);
        out += "},";
    }
    close(out);
    out += ',';
}

void span(std::string& out, const char* name, const Span& s) {
    key(out, name);
    out += '{';
    text(out, "id", s.id);
    number(out, "start", s.start);
    number(out, "end", s.end);
    text(out, "label", s.label);
    attributes(out, s.attributes);
    text(out, "note", s.note);
    text(out, "extra", s.extraJson);
    close(out);
    out += ',';
}

void relation(std::string& out, const Relation& r) {
    key(out, "relation");
    out += '{';
    text(out, "id", r.id);
    text(out, "label", r.label);
    text(out, "from", r.from);
    text(out, "to", r.to);
    text(out, "extra", r.extraJson);
    close(out);
    out += ',';
}

void labels(std::string& out, const char* name, const std::vector<Label>& list) {
    key(out, name);
    out += '[';
    for (const Label& l : list) {
        out += '{';
        text(out, "name", l.name);
        text(out, "kind", l.kind == LabelKind::Span ? "span" : "relation");
        text(out, "color", l.color);
        text(out, "key", l.key);
        strings(out, "from", l.from);
        strings(out, "to", l.to);
        text(out, "extra", l.extraJson);
        close(out);
        out += ',';
    }
    if (out.back() == ',') out.pop_back();
    out += "],";
}

void operation(std::string& out, const Operation& operation) {
    out += '{';
    std::visit([&](const auto& o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, op::AddSpan>) {
            text(out, "op", "addSpan");
            span(out, "span", o.span);
        } else if constexpr (std::is_same_v<T, op::RemoveSpan>) {
            text(out, "op", "removeSpan");
            span(out, "span", o.span);
        } else if constexpr (std::is_same_v<T, op::ChangeSpan>) {
            text(out, "op", "changeSpan");
            span(out, "before", o.before);
            span(out, "after", o.after);
        } else if constexpr (std::is_same_v<T, op::AddRelation>) {
            text(out, "op", "addRelation");
            relation(out, o.relation);
        } else if constexpr (std::is_same_v<T, op::RemoveRelation>) {
            text(out, "op", "removeRelation");
            relation(out, o.relation);
        } else if constexpr (std::is_same_v<T, op::ChangeLabels>) {
            text(out, "op", "changeLabels");
            labels(out, "before", o.before);
            labels(out, "after", o.after);
        } else {
            text(out, "op", "changeMeta");
            text(out, "before", o.before);
            text(out, "after", o.after);
        }
    }, operation);
    close(out);
}

// Reading: every member is checked, and a failure names where it is.
struct Reader {
    std::string where;
    std::optional<Error> error;

    bool fail(const std::string& at, const std::string& message) {
        if (!error) error = Error{where + at, message};
        return false;
    }
    const Json* member(const Json& object, const char* key, const std::string& at) {
        auto it = object.is_object() ? object.find(key) : object.end();
        if (it == object.end()) {
            fail(at + "/" + key, "missing");
            return nullptr;
        }
        return &*it;
    }
    bool get(const Json& object, const char* key, std::string& out, const std::string& at) {
        const Json* j = member(object, key, at);
        if (!j) return false;
        if (!j->is_string()) return fail(at + "/" + key, "has the wrong type");
        out = j->get_ref<const std::string&>();
        return true;
    }
    bool get(const Json& object, const char* key, std::size_t& out, const std::string& at) {
        const Json* j = member(object, key, at);
        if (!j) return false;
        if (!j->is_number_unsigned()) return fail(at + "/" + key, "has the wrong type");
        out = j->get<std::size_t>();
        return true;
    }
    bool get(const Json& object, const char* key, std::vector<std::string>& out, const std::string& at) {
        const Json* j = member(object, key, at);
        if (!j) return false;
        if (!j->is_array()) return fail(at + "/" + key, "has the wrong type");
        for (const Json& item : *j) {
            if (!item.is_string()) return fail(at + "/" + key, "has the wrong type");
            out.push_back(item.get_ref<const std::string&>());
        }
        return true;
    }
    bool get(const Json& object, const char* key, const Json*& out, const std::string& at) {
        out = member(object, key, at);
        return out != nullptr;
    }
    bool attributes(const Json& j, Attributes& out, const std::string& at) {
        if (!j.is_object()) return fail(at, "expected an object");
        for (auto it = j.begin(); it != j.end(); ++it) {
            const Json& v = it.value();
            if (!v.is_object() || v.size() != 1) return fail(at + "/" + it.key(), "expected {tag: value}");
            const std::string tag = v.begin().key();
            const Json& x = v.begin().value();
            if (tag == "s" && x.is_string()) out[it.key()] = x.get_ref<const std::string&>();
            else if (tag == "i" && x.is_number_integer()) out[it.key()] = x.get<std::int64_t>();
            else if (tag == "d" && x.is_number()) out[it.key()] = x.get<double>();
            else if (tag == "b" && x.is_boolean()) out[it.key()] = x.get<bool>();
            else return fail(at + "/" + it.key(), "unknown attribute value");
        }
        return true;
    }
    bool span(const Json* j, Span& s, const std::string& at) {
        if (!j) return false;
        const Json* attrs = nullptr;
        return get(*j, "id", s.id, at) && get(*j, "start", s.start, at) && get(*j, "end", s.end, at) &&
               get(*j, "label", s.label, at) && get(*j, "note", s.note, at) && get(*j, "extra", s.extraJson, at) &&
               get(*j, "attributes", attrs, at) && attributes(*attrs, s.attributes, at + "/attributes");
    }
    bool relation(const Json* j, Relation& r, const std::string& at) {
        if (!j) return false;
        return get(*j, "id", r.id, at) && get(*j, "label", r.label, at) && get(*j, "from", r.from, at) &&
               get(*j, "to", r.to, at) && get(*j, "extra", r.extraJson, at);
    }
    bool labels(const Json* list, std::vector<Label>& out, const std::string& at) {
        if (!list) return false;
        const Json& j = *list;
        if (!j.is_array()) return fail(at, "expected an array");
        for (std::size_t i = 0; i < j.size(); ++i) {
            const std::string here = at + "/" + std::to_string(i);
            Label l;
            std::string kind;
            if (!(get(j[i], "name", l.name, here) && get(j[i], "kind", kind, here) && get(j[i], "color", l.color, here) &&
                  get(j[i], "key", l.key, here) && get(j[i], "from", l.from, here) && get(j[i], "to", l.to, here) &&
                  get(j[i], "extra", l.extraJson, here)))
                return false;
            if (kind != "span" && kind != "relation") return fail(here + "/kind", "expected span or relation");
            l.kind = kind == "span" ? LabelKind::Span : LabelKind::Relation;
            out.push_back(std::move(l));
        }
        return true;
    }
    bool operation(const Json& j, Operation& out, const std::string& at) {
        std::string kind;
        if (!get(j, "op", kind, at)) return false;
        if (kind == "addSpan" || kind == "removeSpan") {
            Span s;
            if (!span(member(j, "span", at), s, at + "/span")) return false;
            out = kind == "addSpan" ? Operation{op::AddSpan{std::move(s)}} : Operation{op::RemoveSpan{std::move(s)}};
        } else if (kind == "changeSpan") {
            op::ChangeSpan c;
            if (!span(member(j, "before", at), c.before, at + "/before") || !span(member(j, "after", at), c.after, at + "/after"))
                return false;
            out = std::move(c);
        } else if (kind == "addRelation" || kind == "removeRelation") {
            Relation r;
            if (!relation(member(j, "relation", at), r, at + "/relation")) return false;
            out = kind == "addRelation" ? Operation{op::AddRelation{std::move(r)}} : Operation{op::RemoveRelation{std::move(r)}};
        } else if (kind == "changeLabels") {
            op::ChangeLabels c;
            if (!labels(member(j, "before", at), c.before, at + "/before") || !labels(member(j, "after", at), c.after, at + "/after"))
                return false;
            out = std::move(c);
        } else if (kind == "changeMeta") {
            op::ChangeMeta c;
            if (!get(j, "before", c.before, at) || !get(j, "after", c.after, at)) return false;
            out = std::move(c);
        } else {
            return fail(at + "/op", "unknown operation \"" + kind + "\"");
        }
        return true;
    }
};

}  // namespace

std::string writeEditJson(const Edit& edit) {
    std::string out = "{";
    text(out, "description", edit.description);
    key(out, "operations");
    out += '[';
    for (std::size_t i = 0; i < edit.operations.size(); ++i) {
        if (i) out += ',';
        operation(out, edit.operations[i]);
    }
    out += "]}";
    return out;
}

Result<Edit> readEditJson(std::string_view line) {
    auto parsed = parseJson(line);
    if (!parsed) return parsed.error();
    const Json& j = parsed.value();
    if (!j.is_object()) return Error{"/", "not a JSON object"};
    Reader reader;
    Edit edit;
    const Json* ops = nullptr;
    if (!reader.get(j, "description", edit.description, "") || !reader.get(j, "operations", ops, "")) return *reader.error;
    if (!ops->is_array()) return Error{"/operations", "expected an array"};
    for (std::size_t i = 0; i < ops->size(); ++i) {
        Operation o;
        if (!reader.operation((*ops)[i], o, "/operations/" + std::to_string(i))) return *reader.error;
        edit.operations.push_back(std::move(o));
    }
    return edit;
}

}  // namespace spanmark::formats
