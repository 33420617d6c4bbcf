// SHA-256, for the build cache's keys (build_cache.cpp): a collision would hand a user the
// wrong extension module, so the key is a real cryptographic hash, not a fast 64-bit one.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pycxx {

class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view bytes);
  // Adds a length-prefixed field, so ("ab","c") and ("a","bc") hash differently.
  Sha256& field(std::string_view bytes);
  std::string hex_digest();  // finishes the hash; call once

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

}  // namespace pycxx
