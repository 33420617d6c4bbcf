// Lowering: sema's typed AST to the IR module. Entry point of compiler/lower.
#pragma once

#include <memory>

#include "compiler/ir/ir.hpp"
#include "compiler/sema/sema.hpp"

namespace pycxx {

std::unique_ptr<ir::Module> lower_module(const ModuleSema& sema, const SourceFile& file);

}  // namespace pycxx
