# pycxx-config.cmake: `find_package(pycxx)` for CMake projects, scikit-build-core's among them.
# Installed at <prefix>/share/cmake/pycxx (beside <prefix>/bin/pycxx) and, in the wheel, at
# site-packages/pycxx/cmake, where scikit-build-core's search of site-packages finds it.
# Gives pycxx_add_module(<target> <source.py> [DESTINATION <dir>]); docs/cli.md shows its use.
include_guard(GLOBAL)

# The executable installed with this file: <prefix>/bin from <prefix>/share/cmake/pycxx, or from
# <prefix>/lib/pythonX.Y/site-packages/pycxx/cmake; else PATH. -DPYCXX_EXECUTABLE=... overrides it.
find_program(PYCXX_EXECUTABLE pycxx
  HINTS "${CMAKE_CURRENT_LIST_DIR}/../../../bin" "${CMAKE_CURRENT_LIST_DIR}/../../../../../bin"
  NO_DEFAULT_PATH)
find_program(PYCXX_EXECUTABLE pycxx)
if(NOT PYCXX_EXECUTABLE)
  set(pycxx_FOUND FALSE)
  set(pycxx_NOT_FOUND_MESSAGE "the pycxx executable was not found next to ${CMAKE_CURRENT_LIST_FILE} nor on PATH; set PYCXX_EXECUTABLE")
  return()
endif()

# Wheels run on other machines: no -march unless asked (pycxx's --arch: portable, native, or a -march value).
set(PYCXX_ARCH "portable" CACHE STRING "the target CPU of modules built by pycxx_add_module (pycxx --arch)")

# The Python the modules are for; scikit-build-core has already pointed FindPython at its interpreter.
if(NOT TARGET Python::Module)
  find_package(Python 3.11 REQUIRED COMPONENTS Interpreter Development.Module)
endif()

# The compile flags of emitted C++, asked once per interpreter and --arch.
execute_process(
  COMMAND "${PYCXX_EXECUTABLE}" config --cflags --python "${Python_EXECUTABLE}" --arch "${PYCXX_ARCH}"
  OUTPUT_VARIABLE _pycxx_cflags ERROR_VARIABLE _pycxx_error RESULT_VARIABLE _pycxx_status
  OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT _pycxx_status EQUAL 0)
  set(pycxx_FOUND FALSE)
  set(pycxx_NOT_FOUND_MESSAGE "`${PYCXX_EXECUTABLE} config --cflags` failed: ${_pycxx_error}")
  return()
endif()
separate_arguments(PYCXX_COMPILE_OPTIONS UNIX_COMMAND "${_pycxx_cflags}")
execute_process(
  COMMAND "${PYCXX_EXECUTABLE}" config --libs
  OUTPUT_VARIABLE _pycxx_libs OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
separate_arguments(PYCXX_LINK_OPTIONS UNIX_COMMAND "${_pycxx_libs}")

# pycxx_add_module(<target> <source.py> [DESTINATION <dir>]): an extension module built from
# <source.py> (its name is the file's stem, as for `pycxx build`). The C++ and the .pyi stub are
# generated at build time by `pycxx emit`, so editing the .py rebuilds the module. With
# DESTINATION, the module and its .pyi are installed there (a package folder in the wheel).
function(pycxx_add_module target source)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "DESTINATION" "")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "pycxx_add_module(${target}): unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" OUTPUT_VARIABLE source_path)
  cmake_path(GET source_path STEM module)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/pycxx/${target}")
  add_custom_command(
    OUTPUT "${out}/${module}.cpp" "${out}/${module}.pyi"
    COMMAND "${PYCXX_EXECUTABLE}" emit "${source_path}" -o "${out}/${module}.cpp" --pyi "${out}/${module}.pyi"
    DEPENDS "${source_path}" "${PYCXX_EXECUTABLE}"
    COMMENT "pycxx: generating C++ for ${module} from ${source}"
    VERBATIM)
  Python_add_library(${target} MODULE WITH_SOABI "${out}/${module}.cpp")
  set_target_properties(${target} PROPERTIES OUTPUT_NAME "${module}" PYCXX_PYI "${out}/${module}.pyi")
  target_compile_features(${target} PRIVATE cxx_std_20)
  target_compile_options(${target} PRIVATE ${PYCXX_COMPILE_OPTIONS})
  target_link_options(${target} PRIVATE ${PYCXX_LINK_OPTIONS})
  if(arg_DESTINATION)
    install(TARGETS ${target} LIBRARY DESTINATION "${arg_DESTINATION}")
    install(FILES "${out}/${module}.pyi" DESTINATION "${arg_DESTINATION}")
  endif()
endfunction()
