# Use ccache for the project's own C++ when it is installed: rebuilds in CI and on a
# developer's machine then cost seconds, not minutes.
find_program(PYCXX_CCACHE ccache)
if(PYCXX_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_C_COMPILER_LAUNCHER ${PYCXX_CCACHE})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${PYCXX_CCACHE})
endif()
