// "...".format(a, b) with a constant format string: parsed here at compile time into literal
// text and fields ({} / {0}, !r / !s, :spec), then typed and lowered as an f-string's fields
// (infer_fstring.cpp, lower_fstring.cpp). CPython's ValueErrors of a bad format string
// become compile-time errors with the same words. Neighbours: infer_call.cpp (dispatch).
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

StrFormatParse parse_str_format(std::string_view text) {
  StrFormatParse out;
  std::string literal;
  int automatic = 0;  // 1: {} seen, 2: {0} seen
  std::size_t next_auto = 0;
  auto fail = [&](std::string message) {
    out.error_ = std::move(message);
    return out;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '}') {
      if (i + 1 < text.size() && text[i + 1] == '}') {
        literal += '}';
        ++i;
        continue;
      }
      return fail("Single '}' encountered in format string");
    }
    if (c != '{') {
      literal += c;
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '{') {
      literal += '{';
      ++i;
      continue;
    }
    std::size_t close = text.find('}', i + 1);
    if (close == std::string_view::npos) return fail("Single '{' encountered in format string");
    std::string_view field = text.substr(i + 1, close - i - 1);
    if (field.find('{') != std::string_view::npos)
      return fail("nested replacement fields in a format spec are not supported yet: write the spec out");
    StrFormatField f;
    std::size_t colon = field.find(':');
    std::string_view head = field.substr(0, colon);
    if (colon != std::string_view::npos) f.spec_ = std::string(field.substr(colon + 1));
    if (std::size_t bang = head.find('!'); bang != std::string_view::npos) {
      std::string_view conv = head.substr(bang + 1);
      if (conv.size() != 1 || (conv[0] != 'r' && conv[0] != 's'))
        return fail(conv == "a" ? std::string("the !a conversion is not supported: use !r")
                                : "Unknown conversion specifier " + std::string(conv));
      f.conversion_ = conv[0];
      head = head.substr(0, bang);
    }
    if (head.empty()) {
      if (automatic == 2) return fail("cannot switch from manual field specification to automatic field numbering");
      automatic = 1;
      f.index_ = next_auto++;
    } else if (head.find_first_not_of("0123456789") == std::string_view::npos) {
      if (automatic == 1) return fail("cannot switch from automatic field numbering to manual field specification");
      automatic = 2;
      f.index_ = std::stoull(std::string(head));
    } else {
      return fail("format fields other than {} and {0} (names, attributes, items) are not supported: use an f-string");
    }
    f.text_before_ = std::move(literal);
    literal.clear();
    out.fields_.push_back(std::move(f));
    i = close;
  }
  out.tail_ = std::move(literal);
  return out;
}

TypeRef Inferrer::infer_str_format(ast::Call* call, const std::string& text) {
  StrFormatParse parsed = parse_str_format(text);
  if (parsed.error_) {
    error(DiagnosticKind::BadCallArguments, call, "str.format(): {}", *parsed.error_);
    return nullptr;
  }
  if (!call->keywords.empty()) {
    error(DiagnosticKind::BadCallArguments, call->keywords.front(),
          "str.format() with keyword arguments is not supported: use an f-string");
    return nullptr;
  }
  std::vector<TypeRef> arg_types;
  bool ok = true, unknown = false;
  for (ast::ExprNode* arg : call->args) {
    TypeRef type = infer_expr(arg);
    if (!type) ok = false;
    else if (contains_unknown(type)) unknown = true;
    arg_types.push_back(type);
  }
  if (!ok) return nullptr;
  if (unknown) return record(call, types().unknown());
  for (const StrFormatField& f : parsed.fields_) {
    if (f.index_ >= call->args.size()) {
      error(DiagnosticKind::BadCallArguments, call, "str.format(): Replacement index {} out of range for positional args tuple",
            f.index_);
      return nullptr;
    }
    if (!check_format_field(call->args[f.index_], arg_types[f.index_], f.conversion_, f.spec_, call->func)) return nullptr;
  }
  CallTarget target;
  target.kind_ = CallTarget::Kind::Intrinsic;
  target.intrinsic_ = IntrinsicKind::StrFormat;
  target.args_ = call->args;
  target.param_types_ = arg_types;
  spec_->calls_[call] = target;
  return record(call, types().str());
}

}  // namespace pycxx
