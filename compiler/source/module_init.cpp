// Punycode (RFC 3492) and the PEP 489 init function name (see module_init.hpp).
#include "compiler/source/module_init.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace pycxx {
namespace {

constexpr std::uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;

std::vector<std::uint32_t> code_points(std::string_view s) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::uint32_t adapt(std::uint32_t delta, std::uint32_t points, bool first) {
  delta = first ? delta / kDamp : delta / 2;
  delta += delta / points;
  std::uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

char digit(std::uint32_t d) { return static_cast<char>(d < 26 ? 'a' + d : '0' + (d - 26)); }

}  // namespace

std::string punycode(std::string_view utf8) {
  std::vector<std::uint32_t> input = code_points(utf8);
  std::string out;
  for (std::uint32_t c : input)
    if (c < 0x80) out += static_cast<char>(c);
  auto basic = static_cast<std::uint32_t>(out.size());
  if (basic > 0) out += '-';
  std::uint32_t n = 0x80, delta = 0, bias = 72, handled = basic;
  while (handled < input.size()) {
    std::uint32_t m = UINT32_MAX;
    for (std::uint32_t c : input)
      if (c >= n) m = std::min(m, c);
    delta += (m - n) * (handled + 1);
    n = m;
    for (std::uint32_t c : input) {
      if (c < n) ++delta;
      if (c != n) continue;
      std::uint32_t q = delta;
      for (std::uint32_t k = kBase;; k += kBase) {
        std::uint32_t t = k <= bias ? kTMin : k >= bias + kTMax ? kTMax : k - bias;
        if (q < t) break;
        out += digit(t + (q - t) % (kBase - t));
        q = (q - t) / (kBase - t);
      }
      out += digit(q);
      bias = adapt(delta, handled + 1, handled == basic);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return out;
}

std::string module_init_function(std::string_view module_name) {
  bool ascii = std::all_of(module_name.begin(), module_name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return "PyInit_" + std::string(module_name);
  std::string encoded = punycode(module_name);
  std::replace(encoded.begin(), encoded.end(), '-', '_');
  return "PyInitU_" + encoded;
}

}  // namespace pycxx
