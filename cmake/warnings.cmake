# Warning flags for the compiler's own code. -Werror=switch makes a new kind in a .def
# table show every switch that must handle it (switches over kinds have no default:).
add_library(pycxx_warnings INTERFACE)
target_compile_options(pycxx_warnings INTERFACE -Wall -Wextra -Werror=switch -Wno-unused-parameter)
