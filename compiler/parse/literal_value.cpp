// Number values and string escape decoding (see literal_value.hpp).
#include "compiler/parse/literal_value.hpp"
#include "runtime/pycxx/containers/utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace pycxx::parse {

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// Digits in base 2, 8 or 16 -> decimal digits, with base-1e9 limbs (any size).
std::string to_decimal(std::string_view digits, unsigned base) {
  std::vector<std::uint32_t> limbs{0};  // little-endian, base 1e9
  for (char c : digits) {
    std::uint64_t carry = static_cast<std::uint64_t>(digit_value(c));
    for (auto& limb : limbs) {
      std::uint64_t v = static_cast<std::uint64_t>(limb) * base + carry;
      limb = static_cast<std::uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<std::uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

void append_utf8(std::string& out, std::uint32_t cp) { pycxx::detail::encode_utf8(static_cast<char32_t>(cp), out); }

}  // namespace

bool number_value(std::string_view text, ast::ConstantValue& value, std::string& error) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text)
    if (c != '_') clean += c;
  char last = clean.back();
  if (last == 'j' || last == 'J') {
    clean.pop_back();
    value.kind = ast::ConstantValue::Kind::Complex;
    value.number = std::strtod(clean.c_str(), nullptr);
    return true;
  }
  if (clean.size() > 2 && clean[0] == '0') {
    char b = static_cast<char>(clean[1] | 0x20);
    if (b == 'x' || b == 'o' || b == 'b') {
      value.kind = ast::ConstantValue::Kind::Int;
      std::string_view digits = std::string_view(clean).substr(2);
      digits.remove_prefix(std::min(digits.size(), digits.find_first_not_of('0')));
      // Beyond CPython's 4300-digit limit the value has no decimal spelling (CPython's repr
      // refuses it too) and the conversion would be quadratic: a diagnostic, never a wait.
      unsigned per_digit = b == 'x' ? 4 : b == 'o' ? 3 : 1;
      if (digits.size() * per_digit > 14284) {
        error = "integer literal too large: " + std::to_string(digits.size() * per_digit) +
                " bits, beyond the 4300-digit limit for integer string conversion (pycxx's int is a 64-bit integer)";
        return false;
      }
      value.text = digits.empty() ? "0" : to_decimal(digits, b == 'x' ? 16 : b == 'o' ? 8 : 2);
      return true;
    }
  }
  if (clean.find_first_of(".eE") != std::string::npos) {
    value.kind = ast::ConstantValue::Kind::Float;
    value.number = std::strtod(clean.c_str(), nullptr);
    return true;
  }
  std::size_t first = clean.find_first_not_of('0');
  value.kind = ast::ConstantValue::Kind::Int;
  value.text = first == std::string::npos ? "0" : clean.substr(first);
  if (value.text.size() > 4300) {
    // CPython refuses int literals beyond sys.int_info.str_digits_check_threshold digits.
    error = "Exceeds the limit (4300 digits) for integer string conversion: value has " + std::to_string(value.text.size()) +
            " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
    return false;
  }
  return true;
}

StringPrefix string_prefix(std::string_view t) {
  StringPrefix p;
  while (p.length < t.size() && t[p.length] != '\'' && t[p.length] != '"') {
    switch (t[p.length] | 0x20) {
      case 'r': p.raw = true; break;
      case 'b': p.bytes = true; break;
      case 'u': p.unicode = true; break;
      case 'f': p.format = true; break;
      default: break;
    }
    ++p.length;
  }
  return p;
}

void append_normalized(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
}

bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error, std::size_t& error_offset) {
  out.reserve(out.size() + body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
      continue;
    }
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    std::size_t at = i;
    char e = body[++i];
    switch (e) {
      case '\n': break;
      case '\r':
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
        break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        std::uint32_t v = 0;
        int n = 0;
        while (n < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7') v = v * 8 + (body[i++] - '0'), ++n;
        --i;
        if (bytes)
          out += static_cast<char>(v & 0xFF);
        else
          append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        int need = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        std::uint32_t v = 0;
        int n = 0;
        while (n < need && i + 1 < body.size() && digit_value(body[i + 1]) < 16) v = v * 16 + digit_value(body[++i]), ++n;
        if (n < need) {
          error_offset = at;
          if (bytes)
            error = "(value error) invalid \\x escape at position " + std::to_string(at);
          else
            error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(at) + "-" +
                    std::to_string(i) + ": truncated \\" + (e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape";
          return false;
        }
        if (v > 0x10FFFF) {
          error_offset = at;
          error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(at) + "-" +
                  std::to_string(i) + ": illegal Unicode character";
          return false;
        }
        if (bytes)
          out += static_cast<char>(v);
        else
          append_utf8(out, v);
        break;
      }
      case 'N': {
        if (bytes) {
          out += "\\N";
          break;
        }
        std::size_t close = body.find('}', i);
        bool ok = i + 1 < body.size() && body[i + 1] == '{' && close != std::string_view::npos;
        UChar32 cp = -1;
        if (ok) {
          std::string name(body.substr(i + 2, close - i - 2));
          UErrorCode status = U_ZERO_ERROR;
          cp = u_charFromName(U_UNICODE_CHAR_NAME, name.c_str(), &status);
          if (U_FAILURE(status) || cp < 0) {
            status = U_ZERO_ERROR;
            cp = u_charFromName(U_CHAR_NAME_ALIAS, name.c_str(), &status);
            if (U_FAILURE(status)) cp = -1;
          }
          if (cp < 0 && name.starts_with("CJK UNIFIED IDEOGRAPH-")) {
            status = U_ZERO_ERROR;
            cp = u_charFromName(U_EXTENDED_CHAR_NAME, name.c_str(), &status);
            if (U_FAILURE(status)) cp = -1;
          }
        }
        if (cp < 0) {
          error_offset = at;
          std::size_t end = ok ? close : i;
          error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(at) + "-" +
                  std::to_string(end) + (ok ? ": unknown Unicode character name" : ": malformed \\N character escape");
          return false;
        }
        append_utf8(out, static_cast<std::uint32_t>(cp));
        i = close;
        break;
      }
      default:
        out += '\\';
        out += e;
    }
  }
  return true;
}

}  // namespace pycxx::parse
