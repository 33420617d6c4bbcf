// Precompiled headers (GCC) for the generated code's prelude: its leading #define/#include
// lines (Python.h and the runtime), which every module shares and which cost more to parse than
// most modules cost to compile. A prelude is precompiled the second time it is seen (a one-off
// prelude is not worth a 50 MB .gch), kept in <cache>/pch/<key>/, and used with -include.
// Anything going wrong here only means compiling without one.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pycxx {

struct BuildContext;
class Progress;

// The #include, #define and #pragma lines at the top of `cpp` (skipping blank lines and comments,
// stopping at #line or anything else); empty when they include nothing.
std::string generated_prelude(const std::string& cpp);

// The header to pass with -include (its .gch beside it), if one exists or was built now.
// `compile_args` are the flags and include flags the module itself is compiled with.
std::optional<std::filesystem::path> precompiled_prelude(const BuildContext& context,
                                                          const std::vector<std::string>& compile_args,
                                                          const std::string& prelude, Progress& progress);

}  // namespace pycxx
