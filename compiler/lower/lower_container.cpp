// str, list, dict and set: displays (MakeContainer), list()/set()/dict() (Construct),
// comprehensions as a Block (an immediately invoked C++ lambda holding the loop, so the
// expression keeps its place in Python's evaluation order), lambdas and function names passed
// to calls, subscripts and stores through the runtime's protocols (containers/protocol.hpp),
// and `for` over any iterable (ForEach). Neighbours: sema/infer_container.cpp, lower_stmt.cpp.
#include <fmt/format.h>

#include "compiler/lower/lowerer.hpp"
#include "compiler/sema/inferrer.hpp"  // names_assigned_in

namespace pycxx {

ir::Value* Lowerer::display(ast::ExprNode* node) {
  TypeRef type = type_of(node);
  std::vector<ir::Value*> items;
  if (auto* dict = ast::dyn_cast<ast::Dict>(node)) {
    for (std::size_t i = 0; i < dict->keys.size(); ++i) {
      items.push_back(convert(expr(dict->keys[i]), type->elements_[0]));
      items.push_back(convert(expr(dict->values[i]), type->elements_[1]));
    }
  } else {
    const ast::ExprList& elts = node->kind == ast::NodeKind::List ? ast::cast<ast::List>(*node).elts
                                                                   : ast::cast<ast::Set>(*node).elts;
    for (ast::ExprNode* elt : elts) items.push_back(convert(expr(elt), type->elements_[0]));
  }
  return f_.make(ir::InstKind::MakeContainer, type, std::move(items));
}

ir::Value* Lowerer::comprehension(ast::ExprNode* node) {
  // [elt for x in xs if c] ->
  //   Block<result: list[T], x_s1: X>{ for x_s1 in xs: if c: eval append(result, elt) }(result)
  TypeRef type = type_of(node);
  // A generator expression is materialised as a list of its items (sum(x for x in xs)).
  TypeRef built = type->is(TypeKind::Iterator) ? types().list(type->elements_[0]) : type;
  ir::Value* block = f_.make(ir::InstKind::Block, type);  // a generator's Block yields its list as the iterator
  std::string result = fmt::format("comprehension{}_", temps_++);
  block->block_locals_.push_back({result, built, false});
  const std::vector<ast::Comprehension*>* generators = nullptr;
  if (auto* c = ast::dyn_cast<ast::ListComp>(node)) generators = &c->generators;
  if (auto* c = ast::dyn_cast<ast::SetComp>(node)) generators = &c->generators;
  if (auto* c = ast::dyn_cast<ast::DictComp>(node)) generators = &c->generators;
  if (auto* c = ast::dyn_cast<ast::GeneratorExp>(node)) generators = &c->generators;
  std::uint32_t line = node->range.begin.line;
  std::vector<ir::Stmt*>* into = &block->body_;
  // The scoped variables of the targets are the block's own locals.
  std::vector<ast::ExprNode*> pending;
  for (ast::Comprehension* generator : *generators) pending.push_back(generator->target);
  while (!pending.empty()) {
    ast::ExprNode* target = pending.back();
    pending.pop_back();
    if (auto* tuple = ast::dyn_cast<ast::Tuple>(target)) {
      pending.insert(pending.end(), tuple->elts.begin(), tuple->elts.end());
    } else if (auto it = spec_.scoped_names_.find(target); it != spec_.scoped_names_.end()) {
      bool known = false;
      std::string name = scoped_identifier(it->second);
      for (const ir::Local& local : block->block_locals_) known = known || local.name_ == name;
      if (!known) block->block_locals_.push_back({name, type_of(target), false});
    }
  }
  for (ast::Comprehension* generator : *generators) {
    ir::Stmt* loop = f_.make_stmt(ir::StmtKind::ForEach, line);
    loop->value_ = expr(generator->iter);
    if (auto it = spec_.scoped_names_.find(generator->target); it != spec_.scoped_names_.end()) {
      loop->target_ = scoped_identifier(it->second);
    } else {  // a tuple target: the item into a temporary, then unpacked
      loop->target_ = new_temp(type_of(generator->target));
      assign(generator->target, f_.make(ir::InstKind::Local, type_of(generator->target), {}, loop->target_), line,
             loop->body_);
    }
    into->push_back(loop);
    into = &loop->body_;
    for (ast::ExprNode* condition : generator->ifs) {
      ir::Stmt* test = f_.make_stmt(ir::StmtKind::If, line);
      test->value_ = truth(expr(condition));
      into->push_back(test);
      into = &test->body_;
    }
  }
  ir::Value* accumulator = f_.make(ir::InstKind::Local, built, {}, result);
  ir::Stmt* add = f_.make_stmt(ir::StmtKind::Eval, line);
  if (auto* dict = ast::dyn_cast<ast::DictComp>(node)) {
    add->value_ = f_.call(ir::RuntimeOp::SetItem, types().none(),
                          {accumulator, convert(expr(dict->key), built->elements_[0]),
                           convert(expr(dict->value), built->elements_[1])});
  } else {
    ast::ExprNode* element = node->kind == ast::NodeKind::ListComp  ? ast::cast<ast::ListComp>(*node).elt
                             : node->kind == ast::NodeKind::SetComp ? ast::cast<ast::SetComp>(*node).elt
                                                                    : ast::cast<ast::GeneratorExp>(*node).elt;
    add->value_ = f_.call(ir::RuntimeOp::AddItem, types().none(), {accumulator, convert(expr(element), built->elements_[0])});
  }
  into->push_back(add);
  block->operands_.push_back(f_.make(ir::InstKind::Local, built, {}, result));  // the Block's value
  return block;
}

ir::Value* Lowerer::callable_argument(ast::ExprNode* node) {
  TypeRef type = spec_.callables_.at(node);
  if (auto it = spec_.function_values_.find(node); it != spec_.function_values_.end())
    return literal(type, function_identifier(*sema_.specializations_[static_cast<std::size_t>(it->second)]));
  // key=len: the lambda sema made of the builtin (infer_builtin_value.cpp).
  std::size_t arity = type->elements_.size() - 1;
  auto builtin = sema_.builtin_lambdas_.find({node, arity});
  auto& lambda = builtin != sema_.builtin_lambdas_.end() ? *builtin->second : ast::cast<ast::Lambda>(*node);
  ir::Value* v = f_.make(ir::InstKind::Lambda, type, {});
  for (std::size_t i = 0; i < lambda.args->args.size(); ++i)
    v->block_locals_.push_back({scoped_identifier(spec_.scoped_names_.at(lambda.args->args[i])), type->elements_[i], true});
  v->operands_.push_back(convert(expr(lambda.body), type->elements_.back()));
  return v;
}

ir::Value* Lowerer::container_subscript(ast::Subscript* node) {
  ir::Value* container = expr(node->value);
  if (auto* slice = ast::dyn_cast<ast::Slice>(node->slice)) {
    auto bound = [&](ast::ExprNode* e) {
      if (!e || type_of(e)->is(TypeKind::None)) return literal(types().integer(), "pycxx::slice_none");
      return convert(expr(e), types().integer());
    };
    ir::Value* s = f_.call(ir::RuntimeOp::Slice, types().unknown(),
                           {bound(slice->lower), bound(slice->upper), bound(slice->step)});
    return f_.call(ir::RuntimeOp::GetSlice, type_of(node), {container, s});
  }
  TypeRef key = container->type_->is(TypeKind::Dict) ? container->type_->elements_[0] : types().integer();
  return f_.call(ir::RuntimeOp::GetItem, type_of(node), {container, convert(expr(node->slice), key)});
}

ir::Value* Lowerer::container_store(ir::Value* container, ir::Value* key, ir::Value* value) {
  TypeRef type = container->type_;
  TypeRef key_type = type->is(TypeKind::Dict) ? type->elements_[0] : types().integer();
  TypeRef item = type->is(TypeKind::Dict) ? type->elements_[1] : type->elements_[0];
  return f_.call(ir::RuntimeOp::SetItem, types().none(), {container, convert(key, key_type), convert(value, item)});
}

// CPython evaluates a loop's iterable once: `for ch in s: s = s.upper()` walks the str it began
// with. A name the body rebinds is copied into a temporary (sharing a list's, dict's or array's
// data, copying a str); a name the body leaves alone is read directly, at no cost.
ir::Value* Lowerer::loop_iterable(ast::For& loop, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  ir::Value* iterable = expr(loop.iter);
  auto* name = ast::dyn_cast<ast::Name>(loop.iter);
  if (!name || !names_assigned_in(loop.body).count(name->id)) return iterable;
  ir::Stmt* hold = f_.make_stmt(ir::StmtKind::Assign, line);
  hold->target_ = new_temp(iterable->type_);
  hold->value_ = iterable;
  out.push_back(hold);
  return f_.make(ir::InstKind::Local, iterable->type_, {}, hold->target_);
}

void Lowerer::for_each(ast::For& loop, std::uint32_t line, std::vector<ir::Stmt*>& out) {
  ir::Value* iterable = loop_iterable(loop, line, out);
  ir::Stmt* s = f_.make_stmt(ir::StmtKind::ForEach, line);
  s->value_ = iterable;
  if (auto* name = ast::dyn_cast<ast::Name>(loop.target)) {
    s->target_ = cpp_identifier(name->id);
  } else {  // for a, b in pairs: the item into a temporary, then unpacked
    s->target_ = new_temp(type_of(loop.target));
    assign(loop.target, f_.make(ir::InstKind::Local, type_of(loop.target), {}, s->target_), line, s->body_);
  }
  out.push_back(s);
  if (auto* name = ast::dyn_cast<ast::Name>(loop.target); name && spec_.flagged_locals_.count(name->id)) {
    ir::Stmt* flag = f_.make_stmt(ir::StmtKind::Assign, line);
    flag->target_ = bound_flag(name->id);
    flag->value_ = literal(types().boolean(), "true", 1);
    s->body_.push_back(flag);
  }
  loop_body(loop.body, s->body_);
  block(loop.orelse, s->orelse_);
}

}  // namespace pycxx
