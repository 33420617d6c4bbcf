// NFKC normalisation of identifiers (see identifier.hpp), through ICU's normaliser: the
// same Unicode data CPython's unicodedata.normalize('NFKC', ...) uses.
#include "compiler/parse/identifier.hpp"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <vector>

namespace pycxx::parse {

std::string nfkc_identifier(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) return std::string(s);
  std::vector<UChar> utf16(s.size() + 1);
  int32_t len16 = 0;
  u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &len16, s.data(), static_cast<int32_t>(s.size()), &status);
  if (U_FAILURE(status)) return std::string(s);
  std::vector<UChar> normal(static_cast<std::size_t>(len16) * 18 + 4);
  int32_t len_norm = unorm2_normalize(nfkc, utf16.data(), len16, normal.data(), static_cast<int32_t>(normal.size()), &status);
  if (U_FAILURE(status)) return std::string(s);
  std::string out(static_cast<std::size_t>(len_norm) * 3 + 4, '\0');
  int32_t len8 = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &len8, normal.data(), len_norm, &status);
  if (U_FAILURE(status)) return std::string(s);
  out.resize(static_cast<std::size_t>(len8));
  return out;
}

}  // namespace pycxx::parse
