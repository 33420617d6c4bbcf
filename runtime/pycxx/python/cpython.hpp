// The one include of <Python.h> in pycxx: every file of runtime/pycxx/python/ includes this,
// and nothing outside runtime/pycxx/python/ does (the rest of the runtime never touches
// Python). PY_SSIZE_T_CLEAN must precede Python.h for the "#" argument formats.
// Neighbours: errors.hpp (exceptions), convert.hpp, arguments.hpp, module.hpp, gil.hpp.
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>
