// PEP 263 source decoding: a UTF-8 BOM, or a `coding:` cookie on line 1 or 2, chooses the
// encoding; UTF-8 is the default. UTF-8 and Latin-1 (and their aliases) are decoded;
// any other declared encoding is reported as unsupported, never mis-read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pycxx {

// The decoded UTF-8 text, or nullopt with `error` naming the problem (an unknown or
// unsupported encoding, or bytes that are not valid in the declared encoding). For invalid
// bytes, `error_offset` (if given) is set to the offset of the first one in `bytes`, else npos.
std::optional<std::string> decode_python_source(std::string_view bytes, std::string& error, std::size_t* error_offset = nullptr);

}  // namespace pycxx
