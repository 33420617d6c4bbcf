// File operations the driver needs: reading and writing whole files, and replacing a file
// atomically (write a temporary beside it, then rename), so a Python process that has the
// old extension module mapped, or a second pycxx sharing the cache, never sees half a file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace pycxx {

std::optional<std::string> read_whole_file(const std::filesystem::path& path);
// Throws UserError naming the path when the file cannot be written (read-only folder, full disk).
void write_file_atomically(const std::filesystem::path& path, const std::string& bytes);
void copy_file_atomically(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace pycxx
