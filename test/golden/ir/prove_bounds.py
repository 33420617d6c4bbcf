"""Which array indices opt/prove_bounds.cpp proves in bounds ({in bounds 0b..} in the IR);
each unproven case below must keep its check."""
import numpy as np

Mat = np.ndarray[tuple[int, int], np.dtype[np.float64]]
Vec = np.ndarray[tuple[int], np.dtype[np.float64]]


def proven_from_shapes(points: Mat) -> Mat:
    # both indices of points and of out (np.empty((n, n))) are proven
    n, dim = points.shape
    out = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            acc = 0.0
            for k in range(dim):
                acc += points[i, k] * points[j, k]
            out[i, j] = acc
    return out


def proven_len_and_like(v: Vec, w: Vec) -> Vec:
    # len(v) bounds v and np.zeros_like(v); not w (another array); a literal under a literal extent
    r = np.zeros_like(v)
    t = np.zeros((len(v), 3))
    for i in range(1, len(v)):
        r[i] = v[i] + w[i]
        t[i, 2] = v[i]
    return r + t[:, 2]


def unproven(v: Vec, n: int) -> float:
    s = 0.0
    for i in range(n):             # n is not v's length
        s += v[i]
    for i in range(len(v)):
        i = i * 2                  # reassigned in the loop
        s += v[i]
    m = len(v)
    m = m + 1                      # m assigned twice
    for i in range(m):
        s += v[i - 1]              # not a plain loop variable
    for i in range(-1, len(v)):    # may start below zero
        s += v[i]
    return s


def unproven_reassigned_array(v: Vec) -> float:
    s = 0.0
    n = len(v)
    v = v[1:]                      # the parameter now names a shorter array
    for i in range(n):
        s += v[i]
    return s


def unproven_closure_moves_index(v: Vec) -> float:
    s = 0.0
    i = 0

    def bump() -> None:
        nonlocal i         # a closure called in the loop moves the loop variable
        i = i + 100

    for i in range(len(v)):
        bump()
        s += v[i]
    return s

# CHECK:IR: def proven_from_shapes(points: numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]) -> numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]:
# CHECK:IR:   local n: int
# CHECK:IR:   local dim: int
# CHECK:IR:   local out: numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]
# CHECK:IR:   local i: int
# CHECK:IR:   local j: int
# CHECK:IR:   local acc: numpy.float64
# CHECK:IR:   local k: int
# CHECK:IR:   local tmp0_: tuple[int, int]
# CHECK:IR:   local tmp1_: numpy.float64
# CHECK:IR:   tmp0_ = Runtime:tuple[int, int][pycxx::shape_tuple](Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][points])
# CHECK:IR:   n = TupleGet:int[0](Local:tuple[int, int][tmp0_])
# CHECK:IR:   dim = TupleGet:int[1](Local:tuple[int, int][tmp0_])
# CHECK:IR:   out = CallShim:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][pycxx::shims::numpy::empty](Runtime:<unknown>[pycxx::make_shape](MakeTuple:tuple[int, int](Local:int[n], Local:int[n])), Literal:<unknown>[pycxx::shims::numpy::dtype_arg<double>{}])
# CHECK:IR:   for i in range(Local:int[n]) [step proven non-zero]:
# CHECK:IR:     for j in range(Local:int[n]) [step proven non-zero]:
# CHECK:IR:       acc = Convert:numpy.float64(Literal:float[0.0])
# CHECK:IR:       for k in range(Local:int[dim]) [step proven non-zero]:
# CHECK:IR:         acc = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[acc], Sequence:numpy.float64(SetTemp:numpy.float64[tmp1_](Element:numpy.float64{in bounds 0b11}(Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][points], Local:int[i], Local:int[k])), Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::multiply, double>](Local:numpy.float64[tmp1_], Element:numpy.float64{in bounds 0b11}(Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][points], Local:int[j], Local:int[k]))))
# CHECK:IR:       eval StoreElement:None{in bounds 0b11}(Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][out], Local:int[i], Local:int[j], Local:numpy.float64[acc])
# CHECK:IR:   return Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][out]
# CHECK:IR: def proven_len_and_like(v: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]], w: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]) -> numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]:
# CHECK:IR:   local r: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]
# CHECK:IR:   local t: numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]
# CHECK:IR:   local i: int
# CHECK:IR:   local tmp0_: numpy.float64
# CHECK:IR:   r = CallShim:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][pycxx::shims::numpy::zeros_like](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Literal:<unknown>[pycxx::shims::numpy::dtype_arg<double>{}])
# CHECK:IR:   t = CallShim:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][pycxx::shims::numpy::zeros](Runtime:<unknown>[pycxx::make_shape](MakeTuple:tuple[int, int](Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v]), Literal:int[3])), Literal:<unknown>[pycxx::shims::numpy::dtype_arg<double>{}])
# CHECK:IR:   for i in range(Literal:int[1], Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v])) [step proven non-zero]:
# CHECK:IR:     eval StoreElement:None{in bounds 0b1}(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][r], Local:int[i], Sequence:numpy.float64(SetTemp:numpy.float64[tmp0_](Element:numpy.float64{in bounds 0b1}(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Local:int[i])), Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[tmp0_], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][w], Local:int[i]))))
# CHECK:IR:     eval StoreElement:None{in bounds 0b11}(Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][t], Local:int[i], Literal:int[2], Element:numpy.float64{in bounds 0b1}(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Local:int[i]))
# CHECK:IR:   return Runtime:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][pycxx::add](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][r], Runtime:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][pycxx::view](Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][t], Runtime:<unknown>[pycxx::slice](Literal:int[pycxx::slice_none], Literal:int[pycxx::slice_none], Literal:int[pycxx::slice_none]), Literal:int[2]))
# CHECK:IR: def unproven(v: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]], n: int) -> numpy.float64:
# CHECK:IR:   local s: numpy.float64
# CHECK:IR:   local i: int
# CHECK:IR:   local m: int
# CHECK:IR:   s = Convert:numpy.float64(Literal:float[0.0])
# CHECK:IR:   for i in range(Local:int[n]) [step proven non-zero]:
# CHECK:IR:     s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Local:int[i]))
# CHECK:IR:   for i in range(Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v])) [step proven non-zero]:
# CHECK:IR:     i = Runtime:int[pycxx::int_mul](Local:int[i], Literal:int[2])
# CHECK:IR:     s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Local:int[i]))
# CHECK:IR:   m = Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v])
# CHECK:IR:   m = Runtime:int[pycxx::int_add](Local:int[m], Literal:int[1])
# CHECK:IR:   for i in range(Local:int[m]) [step proven non-zero]:
# CHECK:IR:     s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Runtime:int[pycxx::int_sub](Local:int[i], Literal:int[1])))
# CHECK:IR:   for i in range(Literal:int[-1], Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v])) [step proven non-zero]:
# CHECK:IR:     s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Local:int[i]))
# CHECK:IR:   return Local:numpy.float64[s]
# CHECK:IR: def unproven_reassigned_array(v: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]) -> numpy.float64:
# CHECK:IR:   local s: numpy.float64
# CHECK:IR:   local n: int
# CHECK:IR:   local i: int
# CHECK:IR:   s = Convert:numpy.float64(Literal:float[0.0])
# CHECK:IR:   n = Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v])
# CHECK:IR:   v = Runtime:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][pycxx::view](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Runtime:<unknown>[pycxx::slice](Literal:int[1], Literal:int[pycxx::slice_none], Literal:int[pycxx::slice_none]))
# CHECK:IR:   for i in range(Local:int[n]) [step proven non-zero]:
# CHECK:IR:     s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Local:int[i]))
# CHECK:IR:   return Local:numpy.float64[s]
# CHECK:IR: def unproven_closure_moves_index(v: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]) -> numpy.float64:
# CHECK:IR:   local s: numpy.float64
# CHECK:IR:   local i: int
# CHECK:IR:   local bump: function 'unproven_closure_moves_index.bump'
# CHECK:IR:   s = Convert:numpy.float64(Literal:float[0.0])
# CHECK:IR:   i = Literal:int[0]
# CHECK:IR:   bump__0 := Closure:function 'unproven_closure_moves_index.bump'{
# CHECK:IR:     i = Runtime:int[pycxx::int_add](Local:int[i], Literal:int[100])
# CHECK:IR:     return Literal:None[pycxx::none]
# CHECK:IR:   }
# CHECK:IR:   for i in range(Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v])) [step proven non-zero]:
# CHECK:IR:     eval CallFunction:None[bump__0]
# CHECK:IR:     s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][v], Local:int[i]))
# CHECK:IR:   return Local:numpy.float64[s]
# CHECK:IR: def bump__0() -> None:
# CHECK:IR:   pass
