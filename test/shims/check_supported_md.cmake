# ctest: docs/supported.md (committed) must equal the one shimscan generated from the
# current stdlib_shims/. Run as cmake -DGENERATED=... -DCOMMITTED=... -P check_supported_md.cmake
if(NOT EXISTS "${GENERATED}")
  message(FATAL_ERROR "${GENERATED} does not exist: build the pycxx_shim_registry target first")
endif()
file(READ "${GENERATED}" generated)
if(NOT EXISTS "${COMMITTED}")
  message(FATAL_ERROR "docs/supported.md is missing: run `cmake --build <build> --target update_supported_docs`")
endif()
file(READ "${COMMITTED}" committed)
if(NOT generated STREQUAL committed)
  message(FATAL_ERROR "docs/supported.md is out of date with stdlib_shims/: run "
                      "`cmake --build <build> --target update_supported_docs` and commit it")
endif()
