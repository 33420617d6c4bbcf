# Use ccache for the project's own C++ when it is installed: rebuilds in CI and on a
# developer's machine then cost seconds, not minutes. Its base_dir is the source tree, so build
# folders at the same depth in it (build/ of scripts/test.sh, build-pip/ of `pip install .` and of
# the packaging tests' wheel) share cached objects wherever the clone is.
find_program(PYCXX_CCACHE ccache)
if(PYCXX_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(launcher ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} ${PYCXX_CCACHE})
  set(CMAKE_C_COMPILER_LAUNCHER ${launcher})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${launcher})
endif()
