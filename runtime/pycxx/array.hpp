// The array runtime in one include: ndarray, expressions, assignment, indexing, reductions
// and scans (all under pycxx/array/). Usable from any C++20 program, without Python; the
// numpy bridge is pycxx/python/ndarray_bridge.hpp. Design: docs/runtime.md.
#pragma once

#include "pycxx/array/assign.hpp"
#include "pycxx/array/index.hpp"
#include "pycxx/array/fancy.hpp"
#include "pycxx/array/reduce.hpp"
#include "pycxx/array/scan.hpp"
