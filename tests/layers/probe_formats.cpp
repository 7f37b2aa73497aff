#include "formats/document_json.hpp"
