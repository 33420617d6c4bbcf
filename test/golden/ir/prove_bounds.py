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

# CHECK:IR: def py_proven_from_shapes(py_points: numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]) -> numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]:
# CHECK:IR:   local py_n: int
# CHECK:IR:   local py_dim: int
# CHECK:IR:   local py_out: numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]
# CHECK:IR:   local py_i: int
# CHECK:IR:   local py_j: int
# CHECK:IR:   local py_acc: numpy.float64
# CHECK:IR:   local py_k: int
# CHECK:IR:   local tmp0_: tuple[int, int]
# CHECK:IR:   local tmp1_: numpy.float64
# CHECK:IR:   tmp0_ = Runtime:tuple[int, int][pycxx::shape_tuple](Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][py_points])
# CHECK:IR:   py_n = TupleGet:int[0](Local:tuple[int, int][tmp0_])
# CHECK:IR:   py_dim = TupleGet:int[1](Local:tuple[int, int][tmp0_])
# CHECK:IR:   py_out = CallShim:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][pycxx::shims::numpy::empty](Runtime:<unknown>[pycxx::make_shape](MakeTuple:tuple[int, int](Local:int[py_n], Local:int[py_n])), Literal:<unknown>[pycxx::shims::numpy::dtype_arg<double>{}])
# CHECK:IR:   for py_i in range(Local:int[py_n]) [step proven non-zero]:
# CHECK:IR:     for py_j in range(Local:int[py_n]) [step proven non-zero]:
# CHECK:IR:       py_acc = Convert:numpy.float64(Literal:float[0.0])
# CHECK:IR:       for py_k in range(Local:int[py_dim]) [step proven non-zero]:
# CHECK:IR:         py_acc = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[py_acc], Sequence:numpy.float64(SetTemp:numpy.float64[tmp1_](Element:numpy.float64{in bounds 0b11}(Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][py_points], Local:int[py_i], Local:int[py_k])), Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::multiply, double>](Local:numpy.float64[tmp1_], Element:numpy.float64{in bounds 0b11}(Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][py_points], Local:int[py_j], Local:int[py_k]))))
# CHECK:IR:       eval StoreElement:None{in bounds 0b11}(Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][py_out], Local:int[py_i], Local:int[py_j], Local:numpy.float64[py_acc])
# CHECK:IR:   return Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][py_out]
# CHECK:IR: def py_proven_len_and_like(py_v: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]], py_w: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]) -> numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]:
# CHECK:IR:   local py_r: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]
# CHECK:IR:   local py_t: numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]
# CHECK:IR:   local py_i: int
# CHECK:IR:   local tmp0_: numpy.float64
# CHECK:IR:   py_r = CallShim:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][pycxx::shims::numpy::zeros_like](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Literal:<unknown>[pycxx::shims::numpy::dtype_arg<double>{}])
# CHECK:IR:   py_t = CallShim:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][pycxx::shims::numpy::zeros](Runtime:<unknown>[pycxx::make_shape](MakeTuple:tuple[int, int](Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v]), Literal:int[3])), Literal:<unknown>[pycxx::shims::numpy::dtype_arg<double>{}])
# CHECK:IR:   for py_i in range(Literal:int[1], Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v])) [step proven non-zero]:
# CHECK:IR:     eval StoreElement:None{in bounds 0b1}(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_r], Local:int[py_i], Sequence:numpy.float64(SetTemp:numpy.float64[tmp0_](Element:numpy.float64{in bounds 0b1}(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Local:int[py_i])), Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[tmp0_], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_w], Local:int[py_i]))))
# CHECK:IR:     eval StoreElement:None{in bounds 0b11}(Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][py_t], Local:int[py_i], Literal:int[2], Element:numpy.float64{in bounds 0b1}(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Local:int[py_i]))
# CHECK:IR:   return Runtime:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][pycxx::add](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_r], Runtime:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][pycxx::view](Local:numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]][py_t], Runtime:<unknown>[pycxx::slice](Literal:int[pycxx::slice_none], Literal:int[pycxx::slice_none], Literal:int[pycxx::slice_none]), Literal:int[2]))
# CHECK:IR: def py_unproven(py_v: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]], py_n: int) -> numpy.float64:
# CHECK:IR:   local py_s: numpy.float64
# CHECK:IR:   local py_i: int
# CHECK:IR:   local py_m: int
# CHECK:IR:   py_s = Convert:numpy.float64(Literal:float[0.0])
# CHECK:IR:   for py_i in range(Local:int[py_n]) [step proven non-zero]:
# CHECK:IR:     py_s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[py_s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Local:int[py_i]))
# CHECK:IR:   for py_i in range(Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v])) [step proven non-zero]:
# CHECK:IR:     py_i = Runtime:int[pycxx::int_mul](Local:int[py_i], Literal:int[2])
# CHECK:IR:     py_s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[py_s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Local:int[py_i]))
# CHECK:IR:   py_m = Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v])
# CHECK:IR:   py_m = Runtime:int[pycxx::int_add](Local:int[py_m], Literal:int[1])
# CHECK:IR:   for py_i in range(Local:int[py_m]) [step proven non-zero]:
# CHECK:IR:     py_s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[py_s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Runtime:int[pycxx::int_sub](Local:int[py_i], Literal:int[1])))
# CHECK:IR:   for py_i in range(Literal:int[-1], Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v])) [step proven non-zero]:
# CHECK:IR:     py_s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[py_s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Local:int[py_i]))
# CHECK:IR:   return Local:numpy.float64[py_s]
# CHECK:IR: def py_unproven_reassigned_array(py_v: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]) -> numpy.float64:
# CHECK:IR:   local py_s: numpy.float64
# CHECK:IR:   local py_n: int
# CHECK:IR:   local py_i: int
# CHECK:IR:   py_s = Convert:numpy.float64(Literal:float[0.0])
# CHECK:IR:   py_n = Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v])
# CHECK:IR:   py_v = Runtime:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][pycxx::view](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Runtime:<unknown>[pycxx::slice](Literal:int[1], Literal:int[pycxx::slice_none], Literal:int[pycxx::slice_none]))
# CHECK:IR:   for py_i in range(Local:int[py_n]) [step proven non-zero]:
# CHECK:IR:     py_s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[py_s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Local:int[py_i]))
# CHECK:IR:   return Local:numpy.float64[py_s]
# CHECK:IR: def py_unproven_closure_moves_index(py_v: numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]) -> numpy.float64:
# CHECK:IR:   local py_s: numpy.float64
# CHECK:IR:   local py_i: int
# CHECK:IR:   local py_bump: function 'unproven_closure_moves_index.bump'
# CHECK:IR:   py_s = Convert:numpy.float64(Literal:float[0.0])
# CHECK:IR:   py_i = Literal:int[0]
# CHECK:IR:   py_bump__0_ := Closure:function 'unproven_closure_moves_index.bump'{
# CHECK:IR:     py_i = Runtime:int[pycxx::int_add](Local:int[py_i], Literal:int[100])
# CHECK:IR:     return Literal:None[pycxx::none]
# CHECK:IR:   }
# CHECK:IR:   for py_i in range(Runtime:int[pycxx::len](Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v])) [step proven non-zero]:
# CHECK:IR:     eval CallFunction:None[py_bump__0_]
# CHECK:IR:     py_s = Runtime:numpy.float64[pycxx::numpy_binary<pycxx::ufunc::add, double>](Local:numpy.float64[py_s], Element:numpy.float64(Local:numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]][py_v], Local:int[py_i]))
# CHECK:IR:   return Local:numpy.float64[py_s]
# CHECK:IR: def py_bump__0_() -> None:
# CHECK:IR:   pass
