// Proves array indices within bounds, so that a[i, j] skips its negative-index wrap and its
// IndexError check in those dimensions (the check numpy makes; the optimiser removes it, the
// user never writes it). Index d of x[...] is proven when it is the variable of an enclosing
// `for i in range(start, stop)` (start a non-negative literal or absent, step positive, i not
// assigned in the loop) and stop is x.shape[d]. "Is" is decided on symbolic extents that do
// not change while the function runs: literals, int parameters never assigned, the shapes of
// array parameters never assigned, followed through locals assigned exactly once and through
// the creation shims (np.empty((n, n)) has extents n, n; np.zeros_like(p) has p's):
//
//   before:  n = TupleGet[0](Runtime[pycxx::shape_tuple](Local[points]))
//            for i in range(Local[n]):  d = Element(Local[points], Local[i], Literal[0])
//   after:   for i in range(Local[n]):  d = Element{in bounds 0b1}(Local[points], Local[i], Literal[0])
//
// Loop facts do not enter closures (called later, when the loop variable may have moved on).
#include <algorithm>
#include <optional>
#include <unordered_set>

#include "compiler/opt/local_assignments.hpp"
#include "compiler/opt/passes.hpp"

namespace pycxx {
namespace {

class BoundsProver {
 public:
  explicit BoundsProver(ir::Function& f) : assignments_(count_assignments(f.body_)) {
    for (const ir::Local& local : f.locals_)
      if (local.is_param_) params_.insert(local.name_);
    collect_definitions(f.body_);
  }

  void run(std::vector<ir::Stmt*>& body) { visit_block(body); }

 private:
  using Extent = std::optional<std::string>;

  // A local whose value is the same wherever it is read: a parameter never assigned, or a
  // local assigned once (its definition then tells the value, if that is constant too).
  bool is_unassigned_param(const std::string& name) const {
    return params_.contains(name) && !assignments_.contains(name);
  }
  const ir::Value* single_definition(const std::string& name) const {
    auto count = assignments_.find(name);
    if (params_.contains(name) || count == assignments_.end() || count->second != 1) return nullptr;
    auto it = definitions_.find(name);
    return it == definitions_.end() ? nullptr : it->second;
  }

  void collect_definitions(const std::vector<ir::Stmt*>& body) {
    for (const ir::Stmt* s : body) {
      if (s->kind_ == ir::StmtKind::Assign) definitions_[s->target_] = s->value_;
      ir::for_each_part(*s, [&](const ir::Value* v) { collect_closure_assignments(v); },
                        [&](const std::vector<ir::Stmt*>& block) { collect_definitions(block); });
    }
  }
  // A closure may assign an enclosing local (nonlocal) whenever it is called: such a local is
  // never a proven loop variable, even where the loop's own body does not assign it.
  void collect_closure_assignments(const ir::Value* v) {
    if (!v) return;
    if (v->kind_ == ir::InstKind::Closure || v->kind_ == ir::InstKind::Lambda) {
      for (const auto& [name, count] : count_assignments(v->body_)) closure_assigned_.insert(name);
      return;  // nested closures are counted with it
    }
    for (const ir::Value* operand : v->operands_) collect_closure_assignments(operand);
    collect_block_closures(v->body_);  // a comprehension's block: closures in it, not its definitions
  }
  void collect_block_closures(const std::vector<ir::Stmt*>& body) {
    for (const ir::Stmt* s : body)
      ir::for_each_part(*s, [&](const ir::Value* x) { collect_closure_assignments(x); },
                        [&](const std::vector<ir::Stmt*>& block) { collect_block_closures(block); });
  }

  // The constant int an int-valued IR value always has, as a symbol; nullopt when unknown.
  Extent extent(const ir::Value* v) const {
    if (v->kind_ == ir::InstKind::Literal && v->type_->is(TypeKind::Int) && v->int_ >= 0) return std::to_string(v->int_);
    if (v->kind_ == ir::InstKind::Local && v->type_->is(TypeKind::Int)) {
      if (is_unassigned_param(v->text_)) return v->text_;
      if (const ir::Value* def = single_definition(v->text_)) return extent(def);
    }
    if (v->kind_ == ir::InstKind::TupleGet) return component(v->operands_[0], static_cast<std::size_t>(v->int_));
    // len(x) of an array (a list's length changes; an array's shape does not).
    if (v->kind_ == ir::InstKind::Runtime && v->runtime_ == ir::RuntimeOp::Len && v->operands_.size() == 1 &&
        v->operands_[0]->type_->is(TypeKind::NDArray))
      return dim(v->operands_[0], 0);
    return std::nullopt;
  }

  // Item d of a tuple of ints (a shape tuple, a tuple display, a local holding one).
  Extent component(const ir::Value* v, std::size_t d) const {
    if (v->kind_ == ir::InstKind::MakeTuple) return d < v->operands_.size() ? extent(v->operands_[d]) : std::nullopt;
    if (v->kind_ == ir::InstKind::Runtime && v->runtime_ == ir::RuntimeOp::ShapeTuple && v->operands_.size() == 1)
      return dim(v->operands_[0], d);
    if (v->kind_ == ir::InstKind::Local)
      if (const ir::Value* def = single_definition(v->text_)) return component(def, d);
    return std::nullopt;
  }

  // Extent d of an array value.
  Extent dim(const ir::Value* v, std::size_t d) const {
    if (v->kind_ == ir::InstKind::Local && v->type_->is(TypeKind::NDArray)) {
      if (is_unassigned_param(v->text_)) return v->text_ + ".shape[" + std::to_string(d) + "]";
      if (const ir::Value* def = single_definition(v->text_)) return dim(def, d);
    }
    if (v->kind_ == ir::InstKind::CallShim && v->shape_source_ == ir::ShapeSource::LikeOperand)
      return dim(v->operands_[0], d);
    if (v->kind_ == ir::InstKind::CallShim && v->shape_source_ == ir::ShapeSource::ShapeOperand) {
      const ir::Value* shape = v->operands_[v->shape_operand_];  // Runtime[pycxx::make_shape](int or tuple)
      if (shape->kind_ != ir::InstKind::Runtime || shape->runtime_ != ir::RuntimeOp::MakeShape ||
          shape->operands_.size() != 1)
        return std::nullopt;
      const ir::Value* arg = shape->operands_[0];
      if (arg->type_->is(TypeKind::Int)) return d == 0 ? extent(arg) : std::nullopt;
      return component(arg, d);
    }
    return std::nullopt;
  }

  // Whether an index is known to be in [0, bound): a loop variable below that extent, or a
  // literal below a literal extent (a[i, 2] of np.zeros((n, 3))).
  bool index_below(const ir::Value* index, const Extent& bound) const {
    if (!bound) return false;
    if (index->kind_ == ir::InstKind::Local) {
      auto fact = below_.find(index->text_);
      return fact != below_.end() && fact->second == *bound;
    }
    if (index->kind_ == ir::InstKind::Literal && index->type_->is(TypeKind::Int) && index->int_ >= 0) {
      return std::all_of(bound->begin(), bound->end(), [](char c) { return c >= '0' && c <= '9'; }) &&
             std::stoll(*bound) > index->int_;
    }
    return false;
  }

  void mark(ir::Value* v) {
    if (v->kind_ == ir::InstKind::Element || v->kind_ == ir::InstKind::StoreElement) {
      std::size_t indices = v->operands_.size() - (v->kind_ == ir::InstKind::StoreElement ? 2 : 1);
      for (std::size_t d = 0; d < indices; ++d) {
        if (index_below(v->operands_[d + 1], dim(v->operands_[0], d))) v->in_bounds_ |= 1u << d;
      }
    }
    for (ir::Value* operand : v->operands_) mark(operand);
    if (v->kind_ == ir::InstKind::Closure || v->kind_ == ir::InstKind::Lambda) {
      auto saved = std::move(below_);
      below_.clear();
      visit_block(v->body_);
      below_ = std::move(saved);
    } else {
      visit_block(v->body_);  // a comprehension's block runs here and now
    }
  }

  void visit_block(std::vector<ir::Stmt*>& body) {
    for (ir::Stmt* s : body) {
      for (ir::Value* v : {s->value_, s->message_, s->cause_})
        if (v) mark(v);
      for (ir::Value* v : s->range_) mark(v);
      if (s->kind_ == ir::StmtKind::ForRange) {
        std::optional<std::string> bound = loop_bound(*s);
        auto saved = below_;
        if (bound) below_[s->target_] = *bound;
        visit_block(s->body_);
        below_ = std::move(saved);
        visit_block(s->orelse_);  // after the loop: the variable may equal stop - 1 or be stale
        continue;
      }
      visit_block(s->body_);
      visit_block(s->orelse_);
      visit_block(s->handlers_);
    }
  }

  // The extent that a range loop's variable stays below, when its start is >= 0.
  std::optional<std::string> loop_bound(const ir::Stmt& loop) const {
    const auto& r = loop.range_;
    auto non_negative_literal = [](const ir::Value* v) {
      return v->kind_ == ir::InstKind::Literal && v->type_->is(TypeKind::Int) && v->int_ >= 0;
    };
    if (r.empty() || r.size() > 3) return std::nullopt;
    if (r.size() >= 2 && !non_negative_literal(r[0])) return std::nullopt;
    if (r.size() == 3 && !(non_negative_literal(r[2]) && r[2]->int_ > 0)) return std::nullopt;
    if (assigns(loop.body_, loop.target_) || closure_assigned_.contains(loop.target_)) return std::nullopt;
    return extent(r.size() == 1 ? r[0] : r[1]);
  }

  std::unordered_map<std::string, int> assignments_;
  std::unordered_map<std::string, const ir::Value*> definitions_;
  std::unordered_set<std::string> params_;
  std::unordered_set<std::string> closure_assigned_;
  std::unordered_map<std::string, std::string> below_;  // loop variable -> the extent it stays below
};

}  // namespace

void prove_bounds(ir::Module& module) {
  for (auto& function : module.functions_) BoundsProver(*function).run(function->body_);
}

}  // namespace pycxx
