// The runtime-operation table (compiler/ir/runtime_op.def) says true things: every entity is
// declared in the runtime, every header exists, an unchecked twin is only given for an
// operation that can raise (its overflow check), and the passes find the rows by enum.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/ir/ir.hpp"
#include "compiler/opt/passes.hpp"
#include "lowered.hpp"

using namespace pycxx;

namespace {

// Every runtime header and table, concatenated (the entities are looked up by name in it).
std::string runtime_text() {
  std::string text;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(PYCXX_SOURCE_DIR "/runtime/pycxx")) {
    if (entry.path().extension() != ".hpp" && entry.path().extension() != ".def") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    text += buffer.str();
  }
  return text;
}

constexpr ir::RuntimeOp all_ops[] = {
#define PYCXX_RUNTIME_OP(Name, Entity, Header, Raises, Pure, Unchecked) ir::RuntimeOp::Name,
#include "compiler/ir/runtime_op.def"
};

}  // namespace

TEST_CASE("every runtime operation names an entity the runtime declares and a header that exists") {
  const std::string runtime = runtime_text();
  for (ir::RuntimeOp op : all_ops) {
    const ir::RuntimeOpInfo& info = ir::runtime_op_info(op);
    INFO(info.name_);
    REQUIRE(info.entity_.starts_with("pycxx::"));
    std::string name(info.entity_.substr(info.entity_.rfind(':') + 1));
    // A function (name(...)) or a function template (name<...>) of that name, or one that a
    // .def row generates (PYCXX_BINARY_UFUNC(power), PYCXX_BINARY_UFUNC_OP(add, +)).
    bool declared = runtime.find(" " + name + "(") != std::string::npos ||
                    runtime.find(" " + name + "<") != std::string::npos ||
                    runtime.find("(" + name + ",") != std::string::npos ||
                    runtime.find("(" + name + ")") != std::string::npos;
    CHECK(declared);
    if (!info.header_.empty()) CHECK(std::filesystem::exists(std::string(PYCXX_SOURCE_DIR "/runtime/") + std::string(info.header_)));
    if (!info.unchecked_.empty()) CHECK(info.raises_);  // only a checked operation has an unchecked twin
  }
}

TEST_CASE("lowering names runtime operations by enum, which the printer and emit spell") {
  test::Lowered m("def f(a: int, b: int) -> int:\n    return a // b\n");
  REQUIRE(m.ir);
  std::string text = ir::print_module(*m.ir);
  CHECK(text.find("Runtime:int[pycxx::int_floordiv]") != std::string::npos);
}
