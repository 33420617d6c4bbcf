# Every third-party dependency, found from Debian packages (scripts/install_deps.sh installs
# them). Nothing is vendored and nothing is downloaded at build time.
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(xtl REQUIRED)      # xsimd's config needs xtl found first
find_package(xsimd REQUIRED)
find_package(Catch2 2 REQUIRED)

# LibTooling is used by compiler/shimscan only, so the rest of the compiler builds
# without Clang's headers.
find_package(LLVM 16 REQUIRED CONFIG HINTS /usr/lib/llvm-16/lib/cmake/llvm)
find_package(Clang REQUIRED CONFIG HINTS /usr/lib/llvm-16/lib/cmake/clang)

find_package(Python3 REQUIRED COMPONENTS Interpreter)
if(NOT PYCXX_PYTHON)
  set(PYCXX_PYTHON ${Python3_EXECUTABLE} CACHE FILEPATH "" FORCE)
endif()
