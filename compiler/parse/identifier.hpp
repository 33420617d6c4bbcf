// Identifier normalisation: CPython stores non-ASCII identifiers in NFKC form (PEP 3131),
// so `ｆｏｏ` and `foo` are the same name. Used by the parser for Name tokens.
#pragma once

#include <string>
#include <string_view>

namespace pycxx::parse {

// The NFKC form of a UTF-8 identifier (the text unchanged if it is not valid UTF-8).
std::string nfkc_identifier(std::string_view utf8);

}  // namespace pycxx::parse
