// The name of a compiled module's init function, as CPython's importer looks it up (PEP 489):
// `PyInit_<name>` for an ASCII module name, `PyInitU_<punycode of the name, '-' as '_'>`
// for any other (`möd` -> `PyInitU_md_fka`), since C symbols must be ASCII to be portable.
#pragma once

#include <string>
#include <string_view>

namespace pycxx {

// The RFC 3492 punycode of UTF-8 text, as Python's 'punycode' codec spells it.
std::string punycode(std::string_view utf8);
// `PyInit_mod` or `PyInitU_md_fka`.
std::string module_init_function(std::string_view module_name);

}  // namespace pycxx
